using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>The ink inside one table cell, from the binarised page: its blobs (connected components) without
/// scanner specks and without slivers of an erased rule along the cell's edge. A cell with no blobs is empty
/// and is not recognised at all; the blobs' outline is where the text is.</summary>
internal sealed record CellInk(IReadOnlyList<BoundingBox> Blobs)
{
    private const int MaxBlobs = 2000;

    public bool IsEmpty => Blobs.Count == 0;

    public BoundingBox Outline => Layout.OcrLine.Union(Blobs);

    public static CellInk In(PixHandle binary, BoundingBox cell, int resolution)
    {
        var (x, y) = ((int)cell.Left, (int)cell.Top);
        using var clipped = PixClip.Cut(binary, cell);
        if (clipped.IsInvalid) return new CellInk([]);
        using var boxes = LeptonicaApi.pixConnComp(clipped, IntPtr.Zero, 8);
        if (boxes.IsInvalid) return new CellInk([]);
        var speck = Math.Max(3, resolution / 60);
        // What is left of an erased rule lies within a sixtieth of an inch of the cell's edge, thin and long
        // along it; a glyph keeps the cell's padding (about a twelfth of an inch) from the edge.
        var near = Math.Max(3, resolution / 60);
        var blobs = new List<BoundingBox>();
        var count = Math.Min(LeptonicaApi.boxaGetCount(boxes), MaxBlobs);
        for (var i = 0; i < count; i++)
        {
            if (LeptonicaApi.boxaGetBoxGeometry(boxes, i, out var bx, out var by, out var bw, out var bh) != 0) continue;
            if (bw < speck && bh < speck) continue;
            if (IsRemnant(bx, by, bw, bh, cell, near)) continue;
            blobs.Add(new BoundingBox(x + bx, y + by, x + bx + bw, y + by + bh));
        }
        return new CellInk(blobs);
    }

    private static bool IsRemnant(int x, int y, int width, int height, BoundingBox cell, int near)
    {
        var byVerticalEdge = (x <= near || x + width >= cell.Width - near) && width <= near && height >= 3 * width;
        var byHorizontalEdge = (y <= near || y + height >= cell.Height - near) && height <= near && width >= 3 * height;
        return byVerticalEdge || byHorizontalEdge;
    }
}
