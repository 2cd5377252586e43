using System.Text.RegularExpressions;

namespace Analytics.Ingest.Readers.Text;

/// <summary>A tab-separated table that a mail client hard-wrapped at about 72 columns: each row was one line, now
/// broken at spaces into several, so a physical line holds a few cells or the middle of one. The rows are found
/// again by their numbers ("1&lt;tab&gt;TC 1.8 - …"): the lines from one numbered line to the next are one row, the
/// lines above the first the header, joined where the wrap broke them. Taken only when every row so rebuilt has
/// the header's number of cells.</summary>
internal sealed partial class WrappedTabTableScanner : ITableScanner
{
    /// <summary>Longest line a wrapping mail client leaves (72–78 columns, a little more with a long word).</summary>
    internal const int MaxWrappedLine = 80;

    private const int MinRows = 2;

    /// <summary>Shortest line a wrap at 72–78 columns leaves before a word that did not fit (tabs count one).</summary>
    private const int WrappedLineLength = 45;

    private const int MaxHeaderLines = 4;

    private const int MinColumns = 4;

    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        if (!lines[start].Contains('\t') || NumberedRow().IsMatch(lines[start])) return null;
        var end = start;
        while (end < lines.Count && !LineShapes.IsBlank(lines[end])) end++;
        var block = lines.Skip(start).Take(end - start).Select(l => l.TrimEnd('\r')).ToList();
        if (block.Any(l => l.Length > MaxWrappedLine)) return null;
        var starts = Enumerable.Range(0, block.Count).Where(i => NumberedRow().IsMatch(block[i])).ToList();
        if (starts.Count < MinRows || starts[0] is 0 or > MaxHeaderLines) return null;
        var groups = new List<List<string>> { block.Take(starts[0]).ToList() };
        for (var r = 0; r < starts.Count; r++)
            groups.Add(block.Skip(starts[r]).Take((r + 1 < starts.Count ? starts[r + 1] : block.Count) - starts[r]).ToList());
        // A client wraps only a full line: every line continued on the next is long.
        if (Enumerable.Range(1, block.Count - 1).Any(i => !starts.Contains(i) && block[i - 1].Length < WrappedLineLength)) return null;
        var width = groups.Max(g => Cells(g, 0).Count);
        // Unwrapped tables (every line a whole row) are the plain tab scanner's.
        if (width < MinColumns || block.Count == groups.Count) return null;
        return new ScannedTable([.. groups.Select(g => Cells(g, width))], end);
    }

    /// <summary>The cells of a row's lines. A wrap at a tab lost the tab: when the row has fewer cells than the
    /// table, the breaks before a capital or a digit ("Kinh phí" / "Nguồn") were tabs if there are just as many;
    /// otherwise the missing cells are the empty last ones, whose tabs the client trimmed.</summary>
    private static List<string> Cells(List<string> lines, int width)
    {
        var cells = LineShapes.TabCells(Join(lines, _ => false)).ToList();
        if (width == 0 || cells.Count >= width) return cells;
        var breaks = Enumerable.Range(1, lines.Count - 1).Where(i => lines[i].TrimStart(' ') is { Length: > 0 } l && (char.IsUpper(l[0]) || char.IsDigit(l[0]))).ToHashSet();
        if (breaks.Count == width - cells.Count) cells = [.. LineShapes.TabCells(Join(lines, breaks.Contains))];
        while (cells.Count < width) cells.Add("");
        return cells;
    }

    /// <summary>Lines broken at a space are joined with one; a break next to a tab, or one that was a tab, loses nothing.</summary>
    private static string Join(List<string> lines, Func<int, bool> wasTab)
    {
        var joined = lines[0];
        for (var i = 1; i < lines.Count; i++)
            joined = wasTab(i) ? joined.TrimEnd(' ') + "\t" + lines[i].TrimStart(' ')
                : joined.EndsWith('\t') || lines[i].StartsWith('\t') ? joined + lines[i]
                : joined.TrimEnd(' ') + " " + lines[i].TrimStart(' ');
        return joined;
    }

    [GeneratedRegex(@"^\s*\d{1,2}\.?\t")]
    private static partial Regex NumberedRow();
}
