using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Plans that put each criterion under its own heading followed by a two-column table of labels
/// and values ("Mục tiêu: | …", "Thời gian: | …", "Kinh phí: | …"). Such a table is the labelled lines of a
/// prose item laid out in a grid; these views turn it back into lines so the prose and weakness readers
/// read it. The table itself stays after its lines, so the item (and any weakness section) ends there.
/// Some plans put the whole plan in one such table ("Nội dung | Thông tin"), each criterion a full-width
/// row above its field rows: those rows become headings, so each starts an item.</summary>
internal static class KeyValueTables
{
    private const int LongestLabel = 40;

    /// <summary>Two columns, at least three rows, and left cells that are short labels: most of them ending in
    /// a colon with at least two naming an item field, or, without colons, nearly all of them (three at least)
    /// naming one. Full-width rows (a criterion written across the table) are not label rows.</summary>
    public static bool IsKeyValue(TableBlock table)
    {
        if (table.Rows.Count < 3 || table.ColumnCount != 2) return false;
        var labels = table.Rows.Where(r => !IsFullWidth(r)).Select(r => r.CellAt(0)?.Text.Trim() ?? "").ToList();
        if (labels.Count < 3) return false;
        var colons = labels.Count(l => l.Length is > 1 and <= LongestLabel && l.EndsWith(':'));
        var known = labels.Count(IsFieldLabel);
        if (colons * 4 >= labels.Count * 3) return known >= 2;
        return known >= 3 && known * 4 >= labels.Count * 3;
    }

    private static bool IsFieldLabel(string label) =>
        label.Length is > 1 and <= LongestLabel && !label.Contains('\n')
        && HeaderVocabulary.RoleOf(label.TrimEnd(':')) is not (ColumnRole.Unknown or ColumnRole.Number or ColumnRole.Criterion or ColumnRole.Standard or ColumnRole.Weakness or ColumnRole.CurrentLevel or ColumnRole.TargetLevel or ColumnRole.Quantity);

    /// <summary>One cell across both columns (a gridSpan), or text in the left cell only where the right one
    /// is merged into it.</summary>
    private static bool IsFullWidth(TableRow row) =>
        row.Cells.Count == 1 && row.Cells[0].ColumnSpan >= 2;

    /// <summary>The blocks with every key/value table preceded by its item rows as "Label: value" lines.</summary>
    public static List<Block> ForItems(IReadOnlyList<Block> blocks) =>
        Expand(blocks, (label, value, at) => IsWeakness(label) ? [] : [new TextBlock(TextKind.Paragraph, $"{label.TrimEnd(':').Trim()}: {value}", at)]);

    /// <summary>The blocks with every key/value table preceded by its weakness rows as a "Điểm yếu:" title
    /// and the stated weakness.</summary>
    public static List<Block> ForWeaknesses(IReadOnlyList<Block> blocks) =>
        Expand(blocks, (label, value, at) => IsWeakness(label)
            ? [new TextBlock(TextKind.Heading, label.Trim(), at), new TextBlock(TextKind.Paragraph, value, at)]
            : []);

    private static List<Block> Expand(IReadOnlyList<Block> blocks, Func<string, string, Provenance, IEnumerable<Block>> row)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is TableBlock table && IsKeyValue(table))
            {
                foreach (var r in table.Rows)
                {
                    if (IsFullWidth(r))
                    {
                        // "Tiêu chí 3.1: Khuôn viên, …" across the table: the heading of the rows below it.
                        var text = r.Cells[0].Text.Trim();
                        if (text.Length > 0) result.Add(new TextBlock(TextKind.Heading, text, table.Provenance));
                        continue;
                    }
                    var label = r.CellAt(0)?.Text.Trim() ?? "";
                    var value = r.CellAt(1)?.Text.Trim() ?? "";
                    if (label.Length == 0 || value.Length == 0) continue;
                    result.AddRange(row(label, value, table.Provenance));
                }
            }
            result.Add(block);
        }
        return result;
    }

    private static bool IsWeakness(string label) => PlanVocabulary.NamesWeakness(label);
}
