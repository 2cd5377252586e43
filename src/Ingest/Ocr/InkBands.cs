using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Cells;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr;

/// <summary>The horizontal bands of a page that hold ink once its tables are read and blanked: the page pass
/// runs on these alone. Tesseract's page analysis costs by the area it is given (thresholding, rule search,
/// column finding), not by the text in it, so a page that is mostly table would otherwise pay for a whole
/// page of blank paper; a page with no ink left is not passed at all. Each band spans the page's width, so
/// columns side by side (the letterhead) stay in one band.</summary>
internal static class InkBands
{
    /// <summary>Stop looking for bands past this many blobs: a page of noise is given whole.</summary>
    private const int MaxBlobs = 20_000;

    public static IReadOnlyList<BoundingBox> Of(PixHandle gray, int resolution)
    {
        var whole = new BoundingBox(0, 0, gray.Width, gray.Height);
        using var binary = LeptonicaApi.pixThresholdToBinary(gray, TableCellReader.InkThreshold);
        if (binary.IsInvalid) return [whole];
        using var boxes = LeptonicaApi.pixConnComp(binary, IntPtr.Zero, 8);
        if (boxes.IsInvalid) return [whole];
        var count = LeptonicaApi.boxaGetCount(boxes);
        if (count > MaxBlobs) return [whole];
        return Merge(Blobs(boxes, count, resolution), gray.Width, gray.Height, resolution);
    }

    /// <summary>The vertical extents of the blobs larger than a scanner's speck, top first.</summary>
    private static List<(int Top, int Bottom)> Blobs(BoxaHandle boxes, int count, int resolution)
    {
        var speck = Math.Max(3, resolution / 60);
        var spans = new List<(int, int)>();
        for (var i = 0; i < count; i++)
        {
            if (LeptonicaApi.boxaGetBoxGeometry(boxes, i, out _, out var y, out var w, out var h) != 0) continue;
            if (w < speck && h < speck) continue;
            spans.Add((y, y + h));
        }
        spans.Sort();
        return spans;
    }

    /// <summary>Blobs closer than a quarter inch apart share a band (a paragraph's lines, a heading over its
    /// text); each band gets a tenth of an inch of paper around it, since Tesseract needs white round glyphs.</summary>
    private static IReadOnlyList<BoundingBox> Merge(List<(int Top, int Bottom)> spans, int width, int height, int resolution)
    {
        var gap = resolution / 4;
        var margin = resolution / 10;
        var bands = new List<BoundingBox>();
        var i = 0;
        while (i < spans.Count)
        {
            var (top, bottom) = spans[i++];
            while (i < spans.Count && spans[i].Top <= bottom + gap) bottom = Math.Max(bottom, spans[i++].Bottom);
            bands.Add(new BoundingBox(0, Math.Max(0, top - margin), width, Math.Min(height, bottom + margin)));
        }
        return bands;
    }
}
