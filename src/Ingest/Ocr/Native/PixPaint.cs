namespace Analytics.Ingest.Ocr.Native;

/// <summary>Paints rectangles of a gray page with its own background (erased rules, tables already read).
/// Not white: a flattened page's background is about 200, and white patches on it make Tesseract's global
/// threshold take the background itself for ink, so the page pass reads nothing or garbage. (pixRasterop's
/// PIX_SET without a source image, the first way tried, is refused by Leptonica 1.82 and paints nothing.)</summary>
internal static class PixPaint
{
    /// <summary>The page's median gray level, sampled every fourth pixel: most of a page is paper.</summary>
    public static uint Background(PixHandle gray) =>
        LeptonicaApi.pixGetRankValue(gray, 4, 0.5f, out var value) == 0 ? value : 255;

    /// <summary>Paints, within a rectangle, the pixels <paramref name="mask"/> (1-bit, the page's size) sets, grown by
    /// <paramref name="pad"/> on every side: a bowed rule is erased along its own path, not as the tall box around
    /// its bow, which would take the tops and bottoms of the text lines beside it.</summary>
    public static void FillThroughMask(PixHandle gray, PixHandle mask, int x, int y, int width, int height, int pad, uint value)
    {
        var (left, top) = (Math.Max(0, x - pad), Math.Max(0, y - pad));
        using var clipped = PixClip.Cut(mask, left, top, x + width + pad - left, y + height + pad - top);
        if (clipped.IsInvalid) return;
        using var grown = LeptonicaDewarpApi.pixDilateBrick(IntPtr.Zero, clipped, 2 * pad + 1, 2 * pad + 1);
        if (!grown.IsInvalid) LeptonicaApi.pixPaintThroughMask(gray, grown, left, top, value);
    }

    public static void Fill(PixHandle gray, int x, int y, int width, int height, uint value)
    {
        // Leptonica clips a box that reaches past the image; one wholly outside is refused, which is fine.
        using var box = LeptonicaApi.boxCreate(Math.Max(0, x), Math.Max(0, y), width + Math.Min(0, x), height + Math.Min(0, y));
        if (!box.IsInvalid) LeptonicaApi.pixSetInRectArbitrary(gray, box, value);
    }
}
