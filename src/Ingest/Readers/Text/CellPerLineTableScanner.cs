using Analytics.Ingest.Text;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Tables pasted as one cell per line: every cell starts with a tab, its further paragraphs follow
/// on lines without a tab, rows are separated by blank lines (which also occur inside cells). The header
/// is the first run of such lines and gives the width; a row ends when it has that many cells, or earlier
/// when a blank line is followed by what opens a row (an empty or numbered first cell, then a
/// criterion or standard).</summary>
internal sealed class CellPerLineTableScanner : ITableScanner
{
    private const int MinHeaderCells = 3;

    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        var j = start;
        var header = new List<string>();
        while (j < lines.Count && LineShapes.IsSingleCellLine(lines[j]))
            header.Add(CellOf(lines[j++]));
        if (header.Count < MinHeaderCells) return null;

        var width = header.Count;
        var rows = new List<IReadOnlyList<string>> { header };
        var current = new List<string>();
        var blankSeen = false;
        while (j < lines.Count)
        {
            var line = lines[j];
            if (LineShapes.IsSingleCellLine(line))
            {
                if (blankSeen && current.Count > 0 && (current.Count >= width || (current.Count >= 2 && OpensRow(lines, j))))
                {
                    rows.Add(current);
                    current = [];
                }
                current.Add(CellOf(line));
                blankSeen = false;
                j++;
                continue;
            }
            if (LineShapes.IsBlank(line))
            {
                blankSeen = true;
                j++;
                continue;
            }
            if (LineShapes.IsRomanHeading(line) || current.Count == 0) break;
            if (blankSeen && current.Count >= width && !CellLineFollows(lines, j)) break;
            current[^1] += (blankSeen ? "\n\n" : "\n") + line.Trim();
            blankSeen = false;
            j++;
        }
        if (current.Count > 0) rows.Add(current);
        if (rows.Count < 2) return null;
        return new ScannedTable(rows, j);
    }

    /// <summary>Whether the run of untabbed lines at <paramref name="at"/> is followed (after at most two
    /// blank lines) by another cell line, i.e. the text still belongs to the table.</summary>
    private static bool CellLineFollows(IReadOnlyList<string> lines, int at)
    {
        var k = at;
        while (k < lines.Count && !LineShapes.IsBlank(lines[k]) && !LineShapes.IsSingleCellLine(lines[k])) k++;
        var blanks = 0;
        while (k < lines.Count && LineShapes.IsBlank(lines[k]) && !LineShapes.IsSingleCellLine(lines[k]) && blanks <= 2) { k++; blanks++; }
        return k < lines.Count && LineShapes.IsSingleCellLine(lines[k]);
    }

    private static string CellOf(string line) => line.TrimStart(' ')[1..];

    private static bool OpensRow(IReadOnlyList<string> lines, int at)
    {
        var first = CellOf(lines[at]).Trim();
        var rowNumber = first.Length == 0 || (first.Length <= 4 && first.TrimEnd('.').All(c => char.IsDigit(c) || c is 'I' or 'V' or 'X'));
        if (!rowNumber) return false;
        for (var k = at + 1; k < lines.Count; k++)
        {
            if (LineShapes.IsSingleCellLine(lines[k]))
            {
                var folded = VietnameseFolding.Fold(CellOf(lines[k]).Trim());
                return folded.StartsWith("tieu chi", StringComparison.Ordinal) || folded.StartsWith("tieu chuan", StringComparison.Ordinal)
                       || folded.StartsWith("tc", StringComparison.Ordinal) || folded.Length == 0;
            }
            if (!LineShapes.IsBlank(lines[k])) return false;
        }
        return false;
    }
}
