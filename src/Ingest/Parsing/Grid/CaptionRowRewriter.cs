using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>A caption written as the table's first row ("BẢNG 2. KẾ HOẠCH CẢI TIẾN CÁC TIÊU CHÍ CHƯA ĐẠT MỨC 2"),
/// one cell merged across the table above the header row. It names the table and is no header: its words
/// ("tiêu chí", "kế hoạch") would be read into every column's label. The row is left out.</summary>
internal sealed class CaptionRowRewriter : ITableRewriter
{
    /// <summary>Known labels the row under the caption needs to be the header.</summary>
    private const int MinHeaderLabels = 2;

    public TableBlock Rewrite(TableBlock table)
    {
        if (table.Rows.Count < 3 || !IsCaption(table.Rows[0], table.ColumnCount) || !IsHeader(table.Rows[1])) return table;
        return table with { Rows = [.. table.Rows.Skip(1)] };
    }

    private static bool IsCaption(TableRow row, int columns)
    {
        var written = Written(row).ToList();
        return columns >= 3 && written.Count == 1 && written[0].ColumnSpan >= columns - 1 && written[0].RowSpan <= 1
               && CriterionReferences.Parse(written[0].Text) is null;
    }

    private static bool IsHeader(TableRow row)
    {
        var written = Written(row).ToList();
        return written.Count(c => HeaderVocabulary.RoleOf(c.Text) != ColumnRole.Unknown) >= MinHeaderLabels
               && written.All(c => CriterionReferences.Parse(c.Text, bare: true) is null);
    }

    private static IEnumerable<TableCell> Written(TableRow row) =>
        row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0);
}
