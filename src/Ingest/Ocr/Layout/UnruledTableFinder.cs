using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Finds tables printed without ruling lines from the words alone. Words are banded into visual
/// rows; a table is a run of rows that keeps at least two vertical white "gutters" open from top to bottom
/// (a paragraph or heading line crosses them and ends the run, unless the columns go on right below it: then
/// it is a row spanning the table, such as a standard's name), with at least three rows showing three or
/// more separate pieces of text (two justified prose lines can share wide spaces by chance; three rarely do). Columns start where the text of each column starts (left-aligned text
/// starts at the same x on every row and every page); a new table row starts after a vertical gap clearly
/// wider than the line spacing inside cells, or at every line when the table has no such gaps (the parser
/// then joins lines with empty key cells to the row above). The result is a <see cref="GridTable"/> with
/// its rules drawn in, so it is read, joined across pages and parsed exactly like a ruled one.</summary>
internal static class UnruledTableFinder
{
    private const int MinGutters = 2;
    private const int MinSplitRows = 3;

    /// <summary>Rows on which a column edge must line up for its gutter to count.</summary>
    private const int MinAlignedRows = 3;

    /// <summary>Rows during which a gutter may still close (a wide space inside a cell of the first rows
    /// looks like a gutter until the rows below fill it); after them, a row that closes a gutter ends the table.</summary>
    private const int SettlingRows = 3;

    /// <summary>Width (in word heights) of a gutter that counts without aligned column edges, for callers
    /// whose word positions are exact (a PDF text layer): centred cells line up on no edge, but the white
    /// between their columns stays at least a cell's padding wide, far wider than a space of prose.</summary>
    private const double WideGutter = 0.8;

    /// <summary>Width (in word heights) of a gutter between centred columns on an OCR'd page, where word boxes
    /// wobble: half again a cell's padding, still several times a space of prose.</summary>
    private const double OcrWideGutter = 1.2;

    public static List<GridTable> Find(IReadOnlyList<OcrWord> words) => Find(words, exactPositions: false);

    /// <param name="exactPositions">Positions come from a text layer, not OCR: wide gutters count even when
    /// the columns' text is centred rather than aligned.</param>
    public static List<GridTable> Find(IReadOnlyList<OcrWord> words, bool exactPositions)
    {
        var tables = new List<GridTable>();
        if (words.Count == 0) return tables;
        var height = ParagraphBuilder.Median(words.Select(w => w.Box.Height));
        if (height <= 0) return tables;
        var gutterMin = 0.45 * height;
        var rows = Band(words, height);

        var i = 0;
        var floor = 0;
        while (i < rows.Count)
        {
            if (Pieces(rows[i], gutterMin) < MinGutters + 1)
            {
                i++;
                continue;
            }
            var (end, spanning) = Grow(rows, i, height, gutterMin);
            var start = AfterProse(rows, i, end, gutterMin);
            start = GrowUp(rows, floor, start, end, height, gutterMin);
            var run = rows.GetRange(start, end - start);
            var spanningInRun = spanning.Select(k => k - start).ToHashSet();
            if (run.Count(r => Pieces(r, gutterMin) >= MinGutters + 1) >= MinSplitRows && Build(run, spanningInRun, height, gutterMin, exactPositions) is { } table)
            {
                tables.Add(table);
                i = floor = end;
            }
            else
            {
                i++;
            }
        }
        return tables;
    }

    /// <summary>Words grouped into visual rows by their vertical middle, top to bottom.</summary>
    private static List<List<OcrWord>> Band(IReadOnlyList<OcrWord> words, double height)
    {
        var rows = new List<(double Middle, List<OcrWord> Words)>();
        foreach (var word in words.OrderBy(w => Middle(w.Box)))
        {
            var middle = Middle(word.Box);
            if (rows.Count > 0 && Math.Abs(rows[^1].Middle - middle) <= 0.5 * height)
            {
                var row = rows[^1].Words;
                row.Add(word);
                rows[^1] = (row.Average(w => Middle(w.Box)), row);
            }
            else
            {
                rows.Add((middle, [word]));
            }
        }
        return rows.Select(r => r.Words.OrderBy(w => w.Box.Left).ToList()).ToList();
    }

    /// <summary>Pieces of text on a row separated by gaps at least a gutter wide.</summary>
    private static int Pieces(List<OcrWord> row, double gutterMin)
    {
        var pieces = 1;
        for (var k = 1; k < row.Count; k++)
            if (row[k].Box.Left - row[k - 1].Box.Right >= gutterMin) pieces++;
        return pieces;
    }

    /// <summary>The end (exclusive) of the run of rows from <paramref name="start"/> that keeps the gutters open,
    /// and the rows inside it that span the whole table: one line across the gutters (a standard's name in a
    /// merged row) with the columns going on, gutters open, right below it.</summary>
    private static (int End, HashSet<int> Spanning) Grow(List<List<OcrWord>> rows, int start, double height, double gutterMin)
    {
        var covered = Spans(rows[start]);
        var gutters = Gutters(covered, gutterMin).Count;
        var spanning = new HashSet<int>();
        var end = start + 1;
        while (end < rows.Count && Gap(rows[end - 1], rows[end]) <= 2.5 * height)
        {
            var next = Gutters([.. covered, .. Spans(rows[end])], gutterMin).Count;
            if (next < MinGutters || (next < gutters && end - start >= SettlingRows))
            {
                if (!ColumnsGoOn(rows, end + 1, covered, gutters, height, gutterMin)) break;
                spanning.Add(end);
                end++;
                continue;
            }
            covered.AddRange(Spans(rows[end]));
            gutters = next;
            end++;
        }
        return (end, spanning);
    }

    /// <summary>Whether row <paramref name="index"/> is close, split into columns and leaves every gutter open.</summary>
    private static bool ColumnsGoOn(List<List<OcrWord>> rows, int index, List<(double Left, double Right)> covered, int gutters, double height, double gutterMin) =>
        index < rows.Count
        && Gap(rows[index - 1], rows[index]) <= 2.5 * height
        && Pieces(rows[index], gutterMin) >= MinGutters + 1
        && Gutters([.. covered, .. Spans(rows[index])], gutterMin).Count == gutters;

    private static List<(double Left, double Right)> Spans(List<OcrWord> row) => row.Select(w => (w.Box.Left, w.Box.Right)).ToList();

    /// <summary>Where the table starts when the run began on prose: a line of prose with a few wide spaces can
    /// open a run that the table below then widens with its gutters, and the prose above closes the table's first
    /// gutters. Among the rows before the first one split at the run's gutters, the table starts at the row from which
    /// the most gutters stay open (each row of prose above it closes some).</summary>
    private static int AfterProse(List<List<OcrWord>> rows, int start, int end, double gutterMin)
    {
        var whole = GuttersOf(rows, start, end, gutterMin);
        var best = start;
        var most = whole.Count;
        for (var k = start; whole.Count(g => Splits(rows[k], g)) < MinGutters && end - (k + 1) >= MinSplitRows; k++)
        {
            var open = GuttersOf(rows, k + 1, end, gutterMin).Count;
            if (open <= most) continue;
            best = k + 1;
            most = open;
        }
        return best;
    }

    private static List<(double Left, double Right)> GuttersOf(List<List<OcrWord>> rows, int from, int to, double gutterMin) =>
        Gutters(rows.GetRange(from, to - from).SelectMany(Spans).ToList(), gutterMin);

    /// <summary>Rows above the first split row that belong to the table (a header whose first line is one piece).</summary>
    private static int GrowUp(List<List<OcrWord>> rows, int floor, int start, int end, double height, double gutterMin)
    {
        var covered = rows.GetRange(start, end - start).SelectMany(r => r).Select(w => (w.Box.Left, w.Box.Right)).ToList();
        var gutters = Gutters(covered, gutterMin).Count;
        while (start > floor
               && Gap(rows[start - 1], rows[start]) <= 2.5 * height
               && Gutters([.. covered, .. rows[start - 1].Select(w => (w.Box.Left, w.Box.Right))], gutterMin).Count == gutters)
        {
            covered.AddRange(rows[start - 1].Select(w => (w.Box.Left, w.Box.Right)));
            start--;
        }
        return start;
    }

    /// <summary>White x-intervals at least <paramref name="gutterMin"/> wide between covered spans (outer margins excluded).</summary>
    private static List<(double Left, double Right)> Gutters(List<(double Left, double Right)> covered, double gutterMin)
    {
        var gutters = new List<(double, double)>();
        var sorted = covered.OrderBy(c => c.Left).ToList();
        var reach = sorted[0].Right;
        foreach (var (left, right) in sorted.Skip(1))
        {
            if (left - reach >= gutterMin) gutters.Add((reach, left));
            reach = Math.Max(reach, right);
        }
        return gutters;
    }

    private static GridTable? Build(List<List<OcrWord>> run, HashSet<int> spanning, double height, double gutterMin, bool exactPositions)
    {
        var columnRows = run.Where((_, k) => !spanning.Contains(k)).ToList();
        var words = run.SelectMany(r => r).ToList();
        var open = Gutters(columnRows.SelectMany(r => r).Select(w => (w.Box.Left, w.Box.Right)).ToList(), gutterMin);
        var gutters = open
            .Where(g => Aligned(columnRows, g, 0.5 * height) >= MinAlignedRows
                        || (exactPositions && g.Right - g.Left >= WideGutter * height && columnRows.Count >= MinAlignedRows)
                        || SplitTogether(columnRows, g, open.Where(o => o.Right - o.Left >= OcrWideGutter * height).ToList()) >= MinAlignedRows)
            .ToList();
        if (gutters.Count < MinGutters) return null;
        var margin = 0.25 * height;
        var left = words.Min(w => w.Box.Left) - margin;
        var right = words.Max(w => w.Box.Right) + margin;
        // A column starts just before its text: where the white gutter before it ends.
        var columns = new List<double> { left };
        columns.AddRange(gutters.Select(g => g.Right - margin));
        columns.Add(right);

        var rowStarts = RowStarts(run, spanning, height);
        var boundaries = new List<double> { run[0].Min(w => w.Box.Top) - margin };
        foreach (var k in rowStarts.Skip(1))
            boundaries.Add((run[k - 1].Max(w => w.Box.Bottom) + run[k].Min(w => w.Box.Top)) / 2);
        boundaries.Add(run[^1].Max(w => w.Box.Bottom) + margin);

        var top = boundaries[0];
        var bottom = boundaries[^1];
        // Inner column rules stop at spanning rows, so those rows read as one cell across the table.
        var breaks = spanning.Select(k => rowStarts.IndexOf(k)).Where(r => r >= 0).Select(r => (boundaries[r], boundaries[r + 1])).OrderBy(b => b.Item1).ToList();
        var vertical = new List<Rule>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (c == 0 || c == columns.Count - 1 || breaks.Count == 0)
            {
                vertical.Add(new Rule(columns[c], top, bottom));
                continue;
            }
            var from = top;
            foreach (var (breakTop, breakBottom) in breaks)
            {
                if (breakTop > from) vertical.Add(new Rule(columns[c], from, breakTop));
                from = breakBottom;
            }
            if (bottom > from) vertical.Add(new Rule(columns[c], from, bottom));
        }
        var horizontal = boundaries.Select(y => new Rule(y, left, right)).ToList();
        return new GridTable(new BoundingBox(left, top, right, bottom), columns, boundaries, horizontal, vertical);
    }

    /// <summary>Rows that split at <paramref name="gutter"/> and at <see cref="MinGutters"/> or more other wide
    /// gutters at once: centred columns line up on no edge, but every row of such a table breaks at the same
    /// wide gutters together (an alignment of gaps, row after row). A wide space of prose, or the gap after a
    /// bullet, is one gap on its line, not one of several the lines agree on.</summary>
    private static int SplitTogether(List<List<OcrWord>> rows, (double Left, double Right) gutter, List<(double Left, double Right)> wide)
    {
        if (!wide.Contains(gutter)) return 0;
        return rows.Count(r => Splits(r, gutter) && wide.Count(g => g != gutter && Splits(r, g)) >= MinGutters);
    }

    /// <summary>Whether the row has text on both sides of the gutter (no word crosses an open gutter).</summary>
    private static bool Splits(List<OcrWord> row, (double Left, double Right) gutter) =>
        row.Any(w => w.Box.Right <= gutter.Left) && row.Any(w => w.Box.Left >= gutter.Right);

    /// <summary>Rows whose text starts right after the gutter (left-aligned column) or ends right before it
    /// (right-aligned column, such as amounts), whichever is more. Wide spaces of justified prose line up
    /// with nothing; a column's edge lines up on row after row.</summary>
    private static int Aligned(List<List<OcrWord>> run, (double Left, double Right) gutter, double tolerance)
    {
        var starts = run.Count(r => r.Any(w => Math.Abs(w.Box.Left - gutter.Right) <= tolerance));
        var ends = run.Count(r => r.Any(w => Math.Abs(w.Box.Right - gutter.Left) <= tolerance));
        return Math.Max(starts, ends);
    }

    /// <summary>Indexes of the rows that start a table row (a spanning row is a table row of its own).</summary>
    private static List<int> RowStarts(List<List<OcrWord>> run, HashSet<int> spanning, double height)
    {
        var gaps = Enumerable.Range(1, run.Count - 1).Select(k => Gap(run[k - 1], run[k])).ToList();
        var starts = new List<int> { 0 };
        if (gaps.Count == 0) return starts;
        // Line spacing inside cells is the common small gap: the lower quartile (the smallest gap can be a
        // tall accent touching the line above; the median is a row break when rows are few).
        var lineGap = gaps.Order().ElementAt((gaps.Count - 1) / 4);
        var wide = lineGap + 0.4 * height;
        var anyWide = gaps.Any(g => g > wide);
        for (var k = 1; k < run.Count; k++)
            if (!anyWide || gaps[k - 1] > wide || spanning.Contains(k) || spanning.Contains(k - 1)) starts.Add(k);
        return starts;
    }

    private static double Gap(List<OcrWord> above, List<OcrWord> below) =>
        below.Min(w => w.Box.Top) - above.Max(w => w.Box.Bottom);

    private static double Middle(BoundingBox box) => (box.Top + box.Bottom) / 2;
}
