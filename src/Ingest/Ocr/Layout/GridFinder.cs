using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Finds ruled tables from a page's ruling lines: vertical rules whose extents overlap form one
/// table; the horizontal rules crossing that region are its row boundaries.</summary>
internal static class GridFinder
{
    /// <summary>How far apart two rules may be and still be one boundary (a thirtieth of an inch).</summary>
    public static double Tolerance(int resolution) => Math.Max(4, resolution / 30.0);

    public static List<GridTable> Find(RulingLines rules, int resolution)
    {
        var tolerance = Tolerance(resolution);
        var tables = new List<GridTable>();
        var remaining = rules.Vertical.OrderByDescending(r => r.To - r.From).ToList();
        while (remaining.Count > 0)
        {
            var seed = remaining[0];
            double top = seed.From, bottom = seed.To;
            var group = new List<Rule>();
            foreach (var rule in remaining)
            {
                var overlap = Math.Min(bottom, rule.To) - Math.Max(top, rule.From);
                if (overlap < 0.5 * (rule.To - rule.From)) continue;
                group.Add(rule);
            }
            remaining.RemoveAll(group.Contains);
            if (group.Count < 2) continue;

            var columns = Merge(group.Select(r => r.Position), tolerance);
            var left = columns[0];
            var right = columns[^1];
            var horizontal = rules.Horizontal
                .Where(h => h.Position >= top - tolerance && h.Position <= bottom + tolerance)
                .Where(h => Math.Min(h.To, right) - Math.Max(h.From, left) > tolerance)
                .ToList();
            var rows = Merge(horizontal.Select(h => h.Position).Append(top).Append(bottom), tolerance);
            if (columns.Count < 2 || rows.Count < 2) continue;
            if (columns.Count == 2 && rows.Count == 2) continue; // a framed paragraph, not a table
            var stubs = rules.Stubs.Where(s => s.From >= top - tolerance && s.To <= bottom + tolerance).ToList();
            tables.Add(new GridTable(new BoundingBox(left, rows[0], right, rows[^1]), columns, rows, horizontal, group) { Stubs = stubs });
        }
        return tables.OrderBy(t => t.Region.Top).ToList();
    }

    private static List<double> Merge(IEnumerable<double> positions, double tolerance)
    {
        var merged = new List<double>();
        foreach (var p in positions.Order())
        {
            if (merged.Count > 0 && p - merged[^1] <= tolerance) continue;
            merged.Add(p);
        }
        return merged;
    }
}
