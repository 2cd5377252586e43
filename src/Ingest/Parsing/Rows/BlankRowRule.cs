namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A row with no text in any cell (a spacer, an empty line left at a page end) is nothing.</summary>
internal sealed class BlankRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row) =>
        row.Row.Cells.All(c => c.Text.Length == 0) ? RowOutcome.SetAside : RowOutcome.NotMine;
}
