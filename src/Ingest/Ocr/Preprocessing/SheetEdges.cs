namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>The four edges of a photographed sheet fitted as straight lines, their intersections the corners.
/// Each scanline is walked in from the picture's border until it meets paper, judged against that scanline's own
/// desk and paper levels: light falling off across a photo makes one corner of the sheet darker than the middle,
/// and a single threshold for the whole picture then cuts that corner short and the straightened page comes out
/// sheared. A line fitted to a few hundred edge points, outliers (a stamp, a shadow, a dark desk grain) dropped,
/// is steadier than any one extreme pixel.</summary>
internal static class SheetEdges
{
    private const double Inset = 0.12;
    private const int MinPoints = 20;

    public static PageCorners? Find(byte[,] v)
    {
        var (w, h) = (v.GetLength(0), v.GetLength(1));
        // Left and right edges as x = a·y + b, top and bottom as y = a·x + b.
        if (Fit(Walk(v, w, h, vertical: true, fromStart: true)) is not { } left
            || Fit(Walk(v, w, h, vertical: true, fromStart: false)) is not { } right
            || Fit(Walk(v, w, h, vertical: false, fromStart: true)) is not { } top
            || Fit(Walk(v, w, h, vertical: false, fromStart: false)) is not { } bottom) return null;
        return new PageCorners(Cross(left, top), Cross(right, top), Cross(right, bottom), Cross(left, bottom));
    }

    /// <summary>Edge points along one side: (along, across) pairs, where across is the first paper pixel met.</summary>
    private static List<(double Along, double Across)> Walk(byte[,] v, int w, int h, bool vertical, bool fromStart)
    {
        var (length, depth) = vertical ? (h, w) : (w, h);
        var points = new List<(double, double)>();
        for (var t = (int)(Inset * length); t < (int)((1 - Inset) * length); t++)
        {
            byte At(int d) => vertical ? v[fromStart ? d : w - 1 - d, t] : v[t, fromStart ? d : h - 1 - d];
            var desk = (At(0) + At(1) + At(2)) / 3.0;
            var paper = Math.Max(At(depth / 4), Math.Max(At(depth / 4 + 3), At(depth / 4 - 3)));
            if (paper - desk < 40) continue;
            var threshold = (desk + paper) / 2;
            for (var d = 1; d < depth / 3; d++)
            {
                if (At(d) <= threshold || At(d + 1) <= threshold || At(d + 2) <= threshold) continue;
                points.Add((t, fromStart ? d : depth - 1 - d));
                break;
            }
        }
        return points;
    }

    /// <summary>Least squares across = a·along + b, refitted twice without the points farthest from the line.</summary>
    private static (double A, double B)? Fit(List<(double Along, double Across)> points)
    {
        for (var round = 0; round < 3; round++)
        {
            if (points.Count < MinPoints) return null;
            var line = LeastSquares(points);
            var residuals = points.Select(p => Math.Abs(p.Across - (line.A * p.Along + line.B))).Order().ToList();
            var limit = Math.Max(1.5, residuals[(int)(0.8 * (residuals.Count - 1))]);
            var kept = points.Where(p => Math.Abs(p.Across - (line.A * p.Along + line.B)) <= limit).ToList();
            if (round == 2 || kept.Count == points.Count) return line;
            points = kept;
        }
        return null;
    }

    private static (double A, double B) LeastSquares(List<(double Along, double Across)> points)
    {
        double n = points.Count, sx = 0, sy = 0, sxx = 0, sxy = 0;
        foreach (var (x, y) in points) { sx += x; sy += y; sxx += x * x; sxy += x * y; }
        var denominator = n * sxx - sx * sx;
        var a = Math.Abs(denominator) < 1e-9 ? 0 : (n * sxy - sx * sy) / denominator;
        return (a, (sy - a * sx) / n);
    }

    /// <summary>Where a side edge (x = a·y + b) meets a top or bottom edge (y = c·x + d).</summary>
    private static (double X, double Y) Cross((double A, double B) side, (double A, double B) across)
    {
        var y = (across.A * side.B + across.B) / (1 - across.A * side.A);
        return (side.A * y + side.B, y);
    }
}
