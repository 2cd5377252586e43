using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A row naming only a standard ("TIÊU CHUẨN 3: …", "Tiêu chuẩn 1" in the key column) with no content
/// of its own sets the standard of the rows below and closes the item above.</summary>
internal sealed class StandardRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        if (row.Key.Reference is not { IsStandardOnly: true } reference) return RowOutcome.NotMine;
        if (row.Key.FilledContent > 0 && !IsHeadingAcross(row.Row)) return RowOutcome.NotMine;
        row.State.Standard = reference.Standard;
        row.State.Close();
        return RowOutcome.SetAside;
    }

    /// <summary>The standard written once across the table: its cell also covers the content columns, which is no
    /// content of its own (a scan whose header OCR garbled, "T TT" for "TT", leaves that first column read as
    /// content). A letter touching a rule can cut that heading in two ("Tiêu chuẩn 5: … và" | "kết quả giáo
    /// dục"): two pieces each spanning columns are still the one heading; a content cell spans one column.</summary>
    private static bool IsHeadingAcross(TableRow row)
    {
        var written = row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        return written.Count is 1 or 2 && written.All(c => c.ColumnSpan > 1);
    }
}
