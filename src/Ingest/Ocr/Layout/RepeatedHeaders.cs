using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>A table continued on the next scanned page repeats its header there, but OCR rarely reads it the same
/// way twice ("TT" / "T1 TL" / "x", "Tiêu chí" / "\"Tiêu chí", "Người thực hiện" / "Người thực"), so the exact
/// comparison of the cross-page join keeps it as a data row and the row the page break split is not glued back.
/// Before the join, the continuation's leading rows that repeat the first part's header rows, cell by cell with
/// misreadings allowed, are dropped.</summary>
internal static class RepeatedHeaders
{
    /// <summary>Header rows compared: a header of one row, or of two with a merged group ("Kinh phí" over "Số tiền | Nguồn").</summary>
    private const int MaxHeaderRows = 2;

    /// <summary>Share of a row's non-empty cells that must read as the header's same cells.</summary>
    private const double SameCells = 0.6;

    private const double SameCell = 0.7;

    public static List<Block> Drop(List<Block> blocks, Func<TableBlock, TableBlock, bool> sameColumns)
    {
        var output = new List<Block>(blocks);
        // A table over three pages or more: the part on the third page repeats the first part's header, not the
        // second part's first rows (data).
        TableBlock? first = null;
        for (var i = 1; i < output.Count; i++)
        {
            if (output[i - 1] is not TableBlock previous || output[i] is not TableBlock next
                || previous.Provenance.Page is not { } page || next.Provenance.Page != page + 1
                || previous.ColumnCount != next.ColumnCount || !sameColumns(previous, next))
            {
                first = null;
                continue;
            }
            first ??= previous;
            var repeated = 0;
            while (repeated < MaxHeaderRows && repeated < first.Rows.Count && repeated < next.Rows.Count - 1
                   && Repeats(next.Rows[repeated], first.Rows[repeated]))
                repeated++;
            repeated = Math.Min(SpannedBelow(next.Rows, repeated), next.Rows.Count - 1);
            if (repeated > 0) output[i] = next with { Rows = next.Rows.Skip(repeated).ToList() };
        }
        return output;
    }

    /// <summary>How far the dropped header rows reach: a header cell merged down over the row below ("TT", "Tiêu chí"
    /// beside "Thời gian thực hiện" over "T 9 | T 10 | …") makes that row part of the header, however its short cells
    /// were misread ("v9 1", "## 2", "1h 4"). Kept, it stood between the two halves of the row the page break split.</summary>
    private static int SpannedBelow(IReadOnlyList<TableRow> rows, int dropped)
    {
        var reach = dropped;
        for (var r = 0; r < reach && r < rows.Count; r++)
            reach = Math.Max(reach, r + rows[r].Cells.Where(c => !c.IsMergedContinuation).Select(c => c.RowSpan).DefaultIfEmpty(1).Max());
        return Math.Min(reach, MaxSpannedHeaderRows);
    }

    /// <summary>A header of three rows at most (a group over a sub-group over the months); a cell merged further down
    /// is a data cell under a misread rule, not a header.</summary>
    private const int MaxSpannedHeaderRows = 3;

    /// <summary>Cell by cell in the same columns, continuation cells where the header has them.</summary>
    internal static bool Repeats(TableRow row, TableRow header)
    {
        if (row.Cells.Count != header.Cells.Count) return false;
        var compared = 0;
        var same = 0;
        foreach (var (cell, head) in row.Cells.Zip(header.Cells))
        {
            if (cell.Column != head.Column || cell.IsMergedContinuation != head.IsMergedContinuation) return false;
            if (head.IsMergedContinuation || (cell.Text.Length == 0 && head.Text.Length == 0)) continue;
            compared++;
            if (cell.Text == head.Text || MisreadText.Same(MisreadText.Key(cell.Text), MisreadText.Key(head.Text), SameCell, 2)) same++;
        }
        return compared == 0 ? IsContinuationRow(row) : same >= SameCells * compared;
    }

    private static bool IsContinuationRow(TableRow row) => row.Cells.All(c => c.IsMergedContinuation || c.Text.Length == 0);
}
