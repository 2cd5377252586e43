using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Straightens a phone photo of a page: the sheet found by <see cref="PageQuadrilateral"/> is mapped
/// onto an upright rectangle of its own size (perspective and tilt undone) and the desk cut away, so that
/// deskew, background flattening and Tesseract see only paper. Returns an invalid handle when the picture
/// is no photo of a sheet (a scan) or the transform fails: the page then goes on as it was.</summary>
internal static class PhotoRectifier
{
    public static PixHandle Rectify(PixHandle gray, List<string> notes)
    {
        if (PageQuadrilateral.Find(gray) is not { } c) return new PixHandle();
        var width = Math.Min(gray.Width, (int)Math.Round(Math.Max(Distance(c.TopLeft, c.TopRight), Distance(c.BottomLeft, c.BottomRight))));
        var height = Math.Min(gray.Height, (int)Math.Round(Math.Max(Distance(c.TopLeft, c.BottomLeft), Distance(c.TopRight, c.BottomRight))));
        var source = Points(c.TopLeft, c.TopRight, c.BottomRight, c.BottomLeft);
        var destination = Points((0, 0), (width - 1, 0), (width - 1, height - 1), (0, height - 1));
        try
        {
            using var mapped = LeptonicaGeometryApi.pixProjectivePtaGray(gray, destination, source, 255);
            if (mapped.IsInvalid) return new PixHandle();
            var sheet = PixClip.Cut(mapped, 0, 0, width, height);
            if (!sheet.IsInvalid) notes.Add($"photo: sheet found and straightened ({gray.Width}×{gray.Height} → {width}×{height})");
            return sheet;
        }
        finally
        {
            LeptonicaGeometryApi.ptaDestroy(ref source);
            LeptonicaGeometryApi.ptaDestroy(ref destination);
        }
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    private static IntPtr Points(params (double X, double Y)[] points)
    {
        var pta = LeptonicaGeometryApi.ptaCreate(points.Length);
        foreach (var (x, y) in points) LeptonicaGeometryApi.ptaAddPt(pta, (float)x, (float)y);
        return pta;
    }
}
