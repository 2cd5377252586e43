using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Reading order by recursive XY-cut: split the blocks at the widest empty band — across
/// (rows, read top to bottom) or down (columns, read left to right) — and recurse into each part. The
/// two-column letterhead of an official document ("PHÒNG GD&amp;ĐT…" | "CỘNG HÒA…") is a column cut
/// inside the top row band, so each side is read whole.</summary>
internal static class XyCutOrder
{
    private const double MinRowGap = 1.5;
    private const double MinColumnGap = 6.0;
    private const int MaxDepth = 64;

    public static List<Block> Order(IReadOnlyList<Block> blocks)
    {
        var output = new List<Block>(blocks.Count);
        Cut(blocks.Where(b => b.Provenance.Box is not null).ToList(), output, 0);
        output.AddRange(blocks.Where(b => b.Provenance.Box is null));
        return output;
    }

    private static void Cut(List<Block> blocks, List<Block> output, int depth)
    {
        if (blocks.Count <= 1 || depth > MaxDepth)
        {
            output.AddRange(blocks.OrderBy(b => b.Provenance.Box!.Value.Top).ThenBy(b => b.Provenance.Box!.Value.Left));
            return;
        }
        var rows = Split(blocks, b => b.Top, b => b.Bottom, MinRowGap, out var rowGap);
        var columns = Split(blocks, b => b.Left, b => b.Right, MinColumnGap, out var columnGap);
        List<List<Block>> parts;
        if (columnGap > rowGap && columns.Count > 1) parts = columns;
        else if (rows.Count > 1)
        {
            parts = MergeColumnarBands(rows);
            if (parts.Count == 1) parts = columns;
        }
        else parts = columns;
        if (parts.Count <= 1)
        {
            output.AddRange(blocks.OrderBy(b => b.Provenance.Box!.Value.Top).ThenBy(b => b.Provenance.Box!.Value.Left));
            return;
        }
        foreach (var part in parts) Cut(part, output, depth + 1);
    }

    /// <summary>Consecutive row bands laid out in the same columns (a letterhead whose two sides each
    /// have one line per row: "UBND…" | "CỘNG HÒA…", then "TRƯỜNG…" | "Độc lập…") are one band, so the
    /// columns are read whole instead of row by row across.</summary>
    private static List<List<Block>> MergeColumnarBands(List<List<Block>> rows)
    {
        var merged = new List<List<Block>>();
        List<(double Left, double Right)>? previousColumns = null;
        foreach (var row in rows)
        {
            var columns = Split(row, b => b.Left, b => b.Right, MinColumnGap, out _)
                .Select(c => (Left: c.Min(b => b.Provenance.Box!.Value.Left), Right: c.Max(b => b.Provenance.Box!.Value.Right)))
                .ToList();
            if (previousColumns is not null && columns.Count > 1 && columns.Count == previousColumns.Count
                && columns.Zip(previousColumns).All(p => p.First.Left < p.Second.Right && p.Second.Left < p.First.Right))
            {
                merged[^1].AddRange(row);
            }
            else
            {
                merged.Add([.. row]);
            }
            previousColumns = columns;
        }
        return merged;
    }

    /// <summary>Groups blocks separated by empty bands at least <paramref name="minGap"/> wide along one
    /// axis, in order along that axis; <paramref name="widest"/> is the widest such band.</summary>
    private static List<List<Block>> Split(List<Block> blocks, Func<BoundingBox, double> start, Func<BoundingBox, double> end, double minGap, out double widest)
    {
        widest = 0;
        var sorted = blocks.OrderBy(b => start(b.Provenance.Box!.Value)).ToList();
        var parts = new List<List<Block>> { new() { sorted[0] } };
        var reach = end(sorted[0].Provenance.Box!.Value);
        foreach (var block in sorted.Skip(1))
        {
            var box = block.Provenance.Box!.Value;
            var gap = start(box) - reach;
            if (gap >= minGap)
            {
                widest = Math.Max(widest, gap);
                parts.Add([]);
            }
            parts[^1].Add(block);
            reach = Math.Max(reach, end(box));
        }
        return parts;
    }
}
