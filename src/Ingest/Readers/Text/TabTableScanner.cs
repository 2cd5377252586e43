namespace Analytics.Ingest.Readers.Text;

/// <summary>Tables copied out of Word: one row per line, cells separated by tabs. Rows may be separated by
/// blank lines (page breaks) and a cell holding a line break splits its row over two physical lines;
/// those halves are joined again when their cell counts add up to the table's width.</summary>
internal sealed class TabTableScanner : ITableScanner
{
    private const int MaxBlankGap = 3;

    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        if (!IsRowLine(lines[start])) return null;
        var rows = new List<PhysicalRow>();
        var j = start;
        var gap = false;
        while (j < lines.Count)
        {
            var line = lines[j];
            if (LineShapes.IsBlank(line))
            {
                var next = NextNonBlank(lines, j);
                if (next < 0 || !IsRowLine(lines[next])) break;
                j = next;
                gap = true;
                continue;
            }
            var splitHalf = rows.Count > 0 && !gap && LineShapes.TabCount(line) >= 1 && !LineShapes.IsSingleCellLine(line)
                            && rows[^1].Cells.Count < rows.Max(r => r.Cells.Count);
            if (IsRowLine(line) || splitHalf)
            {
                rows.Add(new PhysicalRow([.. LineShapes.TabCells(line)], gap));
                gap = false;
                j++;
                continue;
            }
            // "2<tab>Tiêu chí 3.1: …" between row lines: a numbered heading over rows numbered "2.1", "2.2", a row of its own.
            if (rows.Count > 0 && !gap && IsNumberedHeading(line) && NextIsRow(lines, j))
            {
                rows.Add(new PhysicalRow([.. LineShapes.TabCells(line)], gap) { Whole = true });
                j++;
                continue;
            }
            // A heading line without tabs between row lines ("Tiêu chuẩn 1: …") is a full-width group row of its own.
            if (rows.Count > 0 && !gap && LineShapes.TabCount(line) == 0 && LineShapes.IsGroupHeading(line) && NextIsRow(lines, j))
            {
                rows.Add(new PhysicalRow([line.Trim()], gap) { Whole = true });
                j++;
                continue;
            }
            // A line without tabs between two row lines is the inside of a multi-line cell.
            if (rows.Count > 0 && !gap && j + 1 < lines.Count && LineShapes.TabCount(lines[j + 1]) > 0 && !LineShapes.IsSingleCellLine(lines[j + 1]))
            {
                rows[^1].Cells[^1] += "\n" + line;
                rows[^1].Open = true;
                j++;
                continue;
            }
            break;
        }
        if (rows.Count == 0) return null;
        return new ScannedTable(JoinSplitRows(rows), j);
    }

    private static bool IsNumberedHeading(string line)
    {
        if (LineShapes.TabCount(line) != 1) return false;
        var cells = LineShapes.TabCells(line).ToList();
        var number = cells[0].Trim().TrimEnd('.');
        return number.Length is > 0 and <= 3 && number.All(c => char.IsDigit(c) || c is 'I' or 'V' or 'X') && LineShapes.IsGroupHeading(cells[1]);
    }

    private static bool IsRowLine(string line) => LineShapes.TabCount(line) >= 2 && !LineShapes.IsBlank(line.Replace('\t', ' '));

    private static bool NextIsRow(IReadOnlyList<string> lines, int j)
    {
        var next = NextNonBlank(lines, j + 1);
        return next > 0 && IsRowLine(lines[next]);
    }

    private static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var k = from; k < lines.Count && k <= from + MaxBlankGap; k++)
            if (!LineShapes.IsBlank(lines[k])) return k;
        return -1;
    }

    private static List<IReadOnlyList<string>> JoinSplitRows(List<PhysicalRow> rows)
    {
        var width = rows.Max(r => r.Cells.Count);
        var result = new List<List<string>>();
        PhysicalRow? previous = null;
        foreach (var row in rows)
        {
            var joins = previous is not null && !row.AfterGap && !previous.Whole && !row.Whole &&
                        (previous.Open || (previous.Cells.Count < width && previous.Cells.Count + row.Cells.Count - 1 == width));
            if (joins)
            {
                var target = result[^1];
                target[^1] = (target[^1] + "\n" + row.Cells[0]).Trim('\n');
                target.AddRange(row.Cells.Skip(1));
                previous = new PhysicalRow(target, false);
                continue;
            }
            result.Add([.. row.Cells]);
            previous = row;
        }
        return [.. result.Select(r => (IReadOnlyList<string>)r)];
    }

    private sealed class PhysicalRow(List<string> cells, bool afterGap)
    {
        public List<string> Cells { get; } = cells;
        public bool AfterGap { get; } = afterGap;
        public bool Open { get; set; }

        /// <summary>A row standing alone across the table (a group heading): never joined to a neighbour.</summary>
        public bool Whole { get; init; }
    }
}
