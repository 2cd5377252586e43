namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A row naming only a standard ("TIÊU CHUẨN 3: …", "Tiêu chuẩn 1" in the key column) with no content
/// of its own sets the standard of the rows below and closes the item above.</summary>
internal sealed class StandardRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        if (row.Key.Reference is not { IsStandardOnly: true } reference || row.Key.FilledContent > 0) return RowOutcome.NotMine;
        row.State.Standard = reference.Standard;
        row.State.Close();
        return RowOutcome.SetAside;
    }
}
