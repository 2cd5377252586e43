using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>A header over two lines as plain text writes it, with no merges: "Thời gian thực hiện" followed by
/// empty cells, and on the line below "HKI | HKII | Hè 2025" under it and nothing under the other headers. Word
/// would have merged the top label across its sub-headers and the other labels down over both rows; this writes
/// those merges, so the table reads like the Word one.</summary>
internal sealed class SpannedHeaderRewriter : ITableRewriter
{
    private const int MaxSubHeaderLength = 40;

    public TableBlock Rewrite(TableBlock table)
    {
        if (table.Rows.Count < 3 || HasMerges(table.Rows[0]) || HasMerges(table.Rows[1])) return table;
        var columns = table.ColumnCount;
        var top = Texts(table.Rows[0], columns);
        var sub = Texts(table.Rows[1], columns);
        if (top.Count(t => HeaderVocabulary.RoleOf(t) != ColumnRole.Unknown) < 2) return table;
        var spans = Spans(top, sub);
        if (spans is null) return table;
        var rows = table.Rows.ToList();
        rows[0] = new TableRow([.. TopCells(top, sub, spans)]);
        rows[1] = new TableRow([.. Enumerable.Range(0, columns).Select(c => top[c].Length > 0 && !spans.ContainsKey(c)
            ? new TableCell(c, "", IsMergedContinuation: true)
            : new TableCell(c, sub[c]))]);
        return table with { Rows = rows };
    }

    /// <summary>Each top label with sub-headers under it and under the empty cells to its right: the columns it
    /// covers. Null when a sub-header stands under no label, looks like data, or no label covers two columns.</summary>
    private static Dictionary<int, int>? Spans(string[] top, string[] sub)
    {
        var spans = new Dictionary<int, int>();
        int? parent = null;
        for (var c = 0; c < top.Length; c++)
        {
            if (top[c].Length > 0) parent = c;
            if (sub[c].Length == 0) continue;
            if (parent is not { } p || !LooksLikeSubHeader(sub[c]) || (c > p && Enumerable.Range(p + 1, c - p - 1).Any(k => sub[k].Length == 0))) return null;
            spans[p] = c - p + 1;
        }
        return spans.Values.Any(span => span >= 2) && spans.Count <= 3 ? spans : null;
    }

    private static bool LooksLikeSubHeader(string text) =>
        text.Length <= MaxSubHeaderLength && !Marks.IsMark(text) && CriterionReferences.Parse(text, bare: true) is null;

    private static IEnumerable<TableCell> TopCells(string[] top, string[] sub, Dictionary<int, int> spans)
    {
        for (var c = 0; c < top.Length; c++)
        {
            if (spans.TryGetValue(c, out var span))
            {
                yield return new TableCell(c, top[c], ColumnSpan: span);
                c += span - 1;
                continue;
            }
            yield return top[c].Length > 0 ? new TableCell(c, top[c], RowSpan: 2) : new TableCell(c, sub[c]);
        }
    }

    private static bool HasMerges(TableRow row) => row.Cells.Any(c => c.ColumnSpan > 1 || c.RowSpan > 1 || c.IsMergedContinuation);

    private static string[] Texts(TableRow row, int columns) =>
        [.. Enumerable.Range(0, columns).Select(c => row.CellAt(c) is { } cell && cell.Column == c ? cell.Text.Trim() : "")];
}
