namespace Analytics.Ingest.Ocr.Native;

/// <summary>Paints rectangles of a gray page white (erased rules, tables already read).</summary>
internal static class PixPaint
{
    public static void White(PixHandle pix, int x, int y, int width, int height)
    {
        // Leptonica clips a box that reaches past the image; one wholly outside is refused, which is fine.
        using var box = LeptonicaApi.boxCreate(Math.Max(0, x), Math.Max(0, y), width + Math.Min(0, x), height + Math.Min(0, y));
        if (!box.IsInvalid) LeptonicaApi.pixSetInRect(pix, box);
    }
}
