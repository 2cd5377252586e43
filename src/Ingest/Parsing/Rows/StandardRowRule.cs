using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A row naming only a standard ("TIÊU CHUẨN 3: …", "Tiêu chuẩn 1" in the key column) with no content
/// of its own sets the standard of the rows below and closes the item above.</summary>
internal sealed class StandardRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        if (row.Key.Reference is not { IsStandardOnly: true } reference) return RowOutcome.NotMine;
        if (row.Key.FilledContent > 0 && !IsOneCellAcross(row.Row)) return RowOutcome.NotMine;
        row.State.Standard = reference.Standard;
        row.State.Close();
        return RowOutcome.SetAside;
    }

    /// <summary>The standard written once across the table: its one cell also covers the content columns, which
    /// is no content of its own (a scan whose header OCR garbled, "T TT" for "TT", leaves that first column
    /// read as content).</summary>
    private static bool IsOneCellAcross(TableRow row) =>
        row.Cells.Count(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0) == 1
        && row.Cells.Any(c => c.ColumnSpan > 1 && c.Text.Trim().Length > 0);
}
