namespace Analytics.Ingest.Readers.Pdf;

/// <summary>A cell of a ruled table: its grid position and span and its box in page coordinates.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, double Left, double Top, double Right, double Bottom)
{
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}

/// <summary>A table found from ruling lines.</summary>
internal sealed record RuledTable(double Left, double Top, double Right, double Bottom, int RowCount, IReadOnlyList<GridCell> Cells)
{
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;
}

/// <summary>Finds tables from ruling lines (PdfPig has no table detector): lines that touch form a
/// group; the distinct x of its vertical lines and y of its horizontal lines form a grid; neighbouring
/// grid cells with no ruling between them are one merged cell (column or row span).</summary>
internal static class RulingTableDetector
{
    private const double Tolerance = 2.0;
    private const double MinCellSize = 4.0;

    public static List<RuledTable> Detect(List<Segment> raw)
    {
        var segments = MergeCollinear(raw);
        var groups = ConnectedGroups(segments);
        var tables = new List<RuledTable>();
        foreach (var group in groups)
        {
            if (BuildTable(group) is { } table) tables.Add(table);
        }
        return tables;
    }

    private static List<Segment> MergeCollinear(List<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var orientation in segments.GroupBy(s => s.IsHorizontal))
        {
            Segment? current = null;
            foreach (var segment in orientation.OrderBy(s => Math.Round(s.Position / Tolerance)).ThenBy(s => s.From))
            {
                if (current is not null && Math.Abs(segment.Position - current.Position) <= Tolerance && segment.From <= current.To + Tolerance)
                {
                    current = current with { To = Math.Max(current.To, segment.To) };
                    continue;
                }
                if (current is not null) merged.Add(current);
                current = segment;
            }
            if (current is not null) merged.Add(current);
        }
        return merged;
    }

    private static bool Touch(Segment a, Segment b)
    {
        if (a.IsHorizontal == b.IsHorizontal)
            return Math.Abs(a.Position - b.Position) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        var (h, v) = a.IsHorizontal ? (a, b) : (b, a);
        return v.Position >= h.From - Tolerance && v.Position <= h.To + Tolerance
            && h.Position >= v.From - Tolerance && h.Position <= v.To + Tolerance;
    }

    private static List<List<Segment>> ConnectedGroups(List<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < segments.Count; i++)
            for (var j = i + 1; j < segments.Count; j++)
                if (Touch(segments[i], segments[j])) parent[Find(i)] = Find(j);
        return segments.Select((s, i) => (s, root: Find(i))).GroupBy(x => x.root).Select(g => g.Select(x => x.s).ToList()).ToList();
    }

    private static RuledTable? BuildTable(List<Segment> group)
    {
        var horizontals = group.Where(s => s.IsHorizontal).ToList();
        var verticals = group.Where(s => !s.IsHorizontal).ToList();
        if (horizontals.Count < 2 || verticals.Count < 2) return null;
        var xs = Cluster(verticals.Select(v => v.Position));
        var ys = Cluster(horizontals.Select(h => h.Position));
        if (xs.Count < 2 || ys.Count < 2) return null;
        int rows = ys.Count - 1, columns = xs.Count - 1;
        if (rows * columns > 20_000) return null;

        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var r = 0; r < rows; r++)
        {
            var midY = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < columns; c++)
            {
                var midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !verticals.Any(v => Math.Abs(v.Position - xs[c + 1]) <= Tolerance && v.From <= midY && v.To >= midY))
                    parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                if (r + 1 < rows && !horizontals.Any(h => Math.Abs(h.Position - ys[r + 1]) <= Tolerance && h.From <= midX && h.To >= midX))
                    parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
            }
        }

        var cells = Enumerable.Range(0, rows * columns)
            .GroupBy(Find)
            .Select(region =>
            {
                int top = region.Min(i => i / columns), bottom = region.Max(i => i / columns);
                int left = region.Min(i => i % columns), right = region.Max(i => i % columns);
                return new GridCell(top, left, bottom - top + 1, right - left + 1, xs[left], ys[top], xs[right + 1], ys[bottom + 1]);
            })
            .OrderBy(c => c.Row).ThenBy(c => c.Column)
            .ToList();
        // A lone box around text (a frame, a signature box) is not a table.
        if (cells.Count < 2) return null;
        return new RuledTable(xs[0], ys[0], xs[^1], ys[^1], rows, cells);
    }

    // Double borders and rounding put one ruling at several nearby positions: one grid line each.
    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.OrderBy(p => p))
        {
            if (result.Count > 0 && p - result[^1] < MinCellSize) continue;
            result.Add(p);
        }
        return result;
    }
}
