using System.Text.RegularExpressions;
using Analytics.Ingest.Parsing;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Tables laid out with spaces, as <c>pdftotext -layout</c> and fixed-width exports write them: each
/// column starts at the same position on every line and a cell wraps onto the lines below inside its own column.
/// The table opens at a header line of four or more space-separated parts, two of them known column headers;
/// the columns are the runs of positions some line of the table uses, between gutters no line writes in; a row
/// starts where the first column is written (or after a blank line, on a line filling half the columns), and
/// the lines below it add to its cells.</summary>
internal sealed partial class AlignedColumnsTableScanner : ITableScanner
{
    private const int MinimumColumns = 4;
    private const int MinimumKnownHeaders = 2;
    private const int MinimumGutter = 2;

    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        if (!IsHeaderLine(lines[start])) return null;
        var end = RegionEnd(lines, start);
        var columns = Columns(lines, start, end);
        if (columns.Count < MinimumColumns) return null;
        var rows = new List<List<string>[]> { Cut(lines[start], columns) };
        var blankBefore = false;
        for (var j = start + 1; j < end; j++)
        {
            if (LineShapes.IsBlank(lines[j])) { blankBefore = true; continue; }
            var cells = Cut(lines[j], columns);
            if (rows.Count == 1 && !blankBefore && cells[0].Count == 0) Append(rows[0], cells);
            else if (StartsRow(cells, blankBefore) || rows.Count == 1) rows.Add(cells);
            else Append(rows[^1], cells);
            blankBefore = false;
        }
        if (rows.Count < 2) return null;
        return new ScannedTable([.. rows.Select(r => (IReadOnlyList<string>)[.. r.Select(LineShapes.JoinWrapped)])], end);
    }

    private static bool IsHeaderLine(string line)
    {
        if (LineShapes.TabCount(line) > 0) return false;
        var parts = Parts(line);
        return parts.Count >= MinimumColumns
               && parts.Count(p => HeaderVocabulary.RoleOf(p.Text) != ColumnRole.Unknown) >= MinimumKnownHeaders;
    }

    /// <summary>The table ends before a section heading, a title in capitals, two blank lines, or prose that runs
    /// from the left edge across the first gutter.</summary>
    private static int RegionEnd(IReadOnlyList<string> lines, int start)
    {
        var secondColumn = Parts(lines[start])[1].Start;
        var blanks = 0;
        for (var j = start + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (LineShapes.IsBlank(line))
            {
                if (++blanks >= 2) return j - 1;
                continue;
            }
            blanks = 0;
            var trimmed = line.Trim();
            if (LineShapes.IsRomanHeading(trimmed) || LineShapes.IsUpperCaseTitle(trimmed)) return j;
            var parts = Parts(line);
            if (parts.Count == 1 && parts[0].Start < secondColumn && parts[0].Start + parts[0].Text.Length > secondColumn + 1) return j;
        }
        return lines.Count;
    }

    private static List<(int From, int To)> Columns(IReadOnlyList<string> lines, int start, int end)
    {
        var width = 0;
        for (var j = start; j < end; j++) width = Math.Max(width, lines[j].TrimEnd().Length);
        var used = new bool[width];
        for (var j = start; j < end; j++)
        {
            var line = lines[j].TrimEnd();
            for (var k = 0; k < line.Length; k++) if (!char.IsWhiteSpace(line[k])) used[k] = true;
            // A single space inside a cell's words belongs to the cell.
            for (var k = 1; k + 1 < line.Length; k++) if (line[k] == ' ' && line[k - 1] != ' ' && line[k + 1] != ' ') used[k] = true;
        }
        return Runs(used);
    }

    private static List<(int From, int To)> Runs(bool[] used)
    {
        var columns = new List<(int From, int To)>();
        var k = 0;
        while (k < used.Length)
        {
            while (k < used.Length && !used[k]) k++;
            if (k >= used.Length) break;
            var from = k;
            var gap = 0;
            while (k < used.Length && gap < MinimumGutter) { gap = used[k] ? 0 : gap + 1; k++; }
            columns.Add((from, k - gap));
        }
        return columns;
    }

    private static List<string>[] Cut(string line, List<(int From, int To)> columns)
    {
        var cells = new List<string>[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var (from, to) = columns[c];
            var piece = from >= line.Length ? "" : line[from..Math.Min(to, line.Length)].Trim();
            cells[c] = piece.Length > 0 ? [piece] : [];
        }
        return cells;
    }

    private static bool StartsRow(List<string>[] cells, bool blankBefore) =>
        cells[0].Count > 0 || (blankBefore && cells.Count(c => c.Count > 0) * 2 >= cells.Length);

    private static void Append(List<string>[] row, List<string>[] cells)
    {
        for (var c = 0; c < row.Length; c++) row[c].AddRange(cells[c]);
    }

    private static List<(int Start, string Text)> Parts(string line) =>
        [.. SpaceSeparated().Matches(line).Select(m => (m.Index, m.Value))];

    /// <summary>Runs of text with at most single spaces inside.</summary>
    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex SpaceSeparated();
}
