namespace Analytics.Ingest.Readers.Text;

/// <summary>Tables whose cells are separated by '|': Markdown exports and OCR of ruled tables
/// ("1 | Xây dựng kế hoạch … | Tháng 8/2022"). OCR wraps long cells onto following lines without bars;
/// such lines continue the widest cell of the row above.</summary>
internal sealed class PipeTableScanner : ITableScanner
{
    private const int MaxBlankGap = 4;

    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        if (!IsPipeRow(lines[start])) return null;
        var rows = new List<List<string>>();
        var j = start;
        while (j < lines.Count)
        {
            var line = lines[j];
            if (LineShapes.IsBlank(line))
            {
                var next = NextNonBlank(lines, j);
                if (next < 0 || !(IsPipeRow(lines[next]) || IsSeparator(lines[next]))) break;
                j = next;
                continue;
            }
            if (IsSeparator(line))
            {
                j++;
                continue;
            }
            if (IsPipeRow(line))
            {
                rows.Add(Split(line));
                j++;
                continue;
            }
            if (LineShapes.IsRomanHeading(line)) break;
            var row = rows[^1];
            var widest = 0;
            for (var c = 1; c < row.Count; c++)
                if (row[c].Length > row[widest].Length) widest = c;
            var joiner = LineShapes.EndsSentence(row[widest]) && !LineShapes.StartsLowerCase(line) ? "\n" : " ";
            row[widest] = row[widest] + joiner + line.Trim();
            j++;
        }
        if (rows.Count < 2) return null;
        return new ScannedTable([.. rows.Select(r => (IReadOnlyList<string>)r)], j);
    }

    private static bool IsPipeRow(string line)
    {
        if (!line.Contains('|') || line.Contains("://", StringComparison.Ordinal)) return false;
        return Split(line).Count(c => c.Length > 0) >= 2;
    }

    private static bool IsSeparator(string line) =>
        line.Contains('|') && line.Contains('-') && line.All(c => c is '|' or '-' or ':' or ' ' or '+' or '\t');

    private static List<string> Split(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|')) trimmed = trimmed[1..];
        if (trimmed.EndsWith('|')) trimmed = trimmed[..^1];
        return [.. trimmed.Split('|').Select(c => c.Trim())];
    }

    private static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var k = from; k < lines.Count && k <= from + MaxBlankGap; k++)
            if (!LineShapes.IsBlank(lines[k])) return k;
        return -1;
    }
}
