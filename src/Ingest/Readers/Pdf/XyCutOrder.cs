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
        var parts = columnGap > rowGap && columns.Count > 1 ? columns : rows.Count > 1 ? rows : columns;
        if (parts.Count <= 1)
        {
            output.AddRange(blocks.OrderBy(b => b.Provenance.Box!.Value.Top).ThenBy(b => b.Provenance.Box!.Value.Left));
            return;
        }
        foreach (var part in parts) Cut(part, output, depth + 1);
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
