namespace Analytics.Ingest.Readers.Text;

/// <summary>Normalises the text of one table cell: HTML fragments to lines, Markdown bold markers
/// dropped, lines trimmed, runs of blank lines collapsed.</summary>
internal static class CellText
{
    public static string Clean(string raw)
    {
        var plain = HtmlCellText.ToPlain(raw).Replace("**", "");
        var lines = plain.Split('\n').Select(l => l.Trim());
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0)) continue;
            kept.Add(line);
        }
        while (kept.Count > 0 && kept[^1].Length == 0) kept.RemoveAt(kept.Count - 1);
        return string.Join('\n', kept.Where(l => l.Length > 0));
    }
}
