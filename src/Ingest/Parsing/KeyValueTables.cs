using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Plans that put each criterion under its own heading followed by a two-column table of labels
/// and values ("Mục tiêu: | …", "Thời gian: | …", "Kinh phí: | …"). Such a table is the labelled lines of a
/// prose item laid out in a grid; these views turn it back into lines so the prose and weakness readers
/// read it. The table itself stays after its lines, so the item (and any weakness section) ends there.</summary>
internal static class KeyValueTables
{
    private const int LongestLabel = 40;
    private static readonly string[] WeaknessLabels = ["diem yeu", "han che", "ton tai", "khong dat", "chua dat"];

    /// <summary>Two columns, at least three rows, most left cells short labels ending in a colon, and at
    /// least two of them naming an item field.</summary>
    public static bool IsKeyValue(TableBlock table)
    {
        if (table.Rows.Count < 3 || table.ColumnCount != 2) return false;
        var labels = table.Rows.Select(r => r.CellAt(0)?.Text.Trim() ?? "").ToList();
        var colons = labels.Count(l => l.Length is > 1 and <= LongestLabel && l.EndsWith(':'));
        if (colons * 4 < labels.Count * 3) return false;
        var known = labels.Count(l => HeaderVocabulary.RoleOf(l.TrimEnd(':')) is not (ColumnRole.Unknown or ColumnRole.Number));
        return known >= 2;
    }

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

    private static bool IsWeakness(string label)
    {
        var folded = Folded.Of(label);
        return WeaknessLabels.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
