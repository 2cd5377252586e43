using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>The one place a rectangle of a page image is cut out as an image of its own (a cell to read again,
/// a band of text, a cell's ink, a rule's path, a straightened sheet). Leptonica clips a rectangle that reaches
/// past the image to the image; one wholly outside, or of no size, gives an invalid handle, which every caller
/// treats as "nothing there".</summary>
internal static class PixClip
{
    public static PixHandle Cut(PixHandle pix, BoundingBox rect) =>
        Cut(pix, (int)rect.Left, (int)rect.Top, (int)rect.Width, (int)rect.Height);

    public static PixHandle Cut(PixHandle pix, int x, int y, int width, int height)
    {
        using var box = LeptonicaApi.boxCreate(x, y, width, height);
        return box.IsInvalid ? new PixHandle() : LeptonicaApi.pixClipRectangle(pix, box, IntPtr.Zero);
    }
}
