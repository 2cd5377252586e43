namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>The true resolution of a photographed sheet once straightened, from its size in pixels: plans are
/// printed on A4 (210 × 297 mm, the format of Vietnamese administrative documents), so the sheet's sides say how
/// many pixels an inch of paper got. A phone writes a nominal 72 dpi (or no density at all) whatever its distance
/// to the page, so the file's own figure would either blow the page up fourfold or, taken as 300, leave a 170-dpi
/// sheet unscaled with rules and strokes judged by the wrong inch.</summary>
internal static class SheetResolution
{
    private const double ShortSideInches = 210 / 25.4;
    private const double LongSideInches = 297 / 25.4;

    /// <summary>Pixels per inch of paper; the larger of the two sides' estimates, since a sheet whose edge was
    /// found a little inside the paper only ever comes out smaller.</summary>
    public static int Of(int width, int height)
    {
        var shortSide = Math.Min(width, height);
        var longSide = Math.Max(width, height);
        return (int)Math.Round(Math.Max(shortSide / ShortSideInches, longSide / LongSideInches));
    }
}
