using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Paints the outer band of a straightened photo's sheet with the page's paper. Nothing of a plan is printed
/// there: a printer leaves at least 4 mm of every edge blank and an administrative document's margins are 2–3 cm. What
/// the band does hold is the rim: the paper's edge, a sliver of desk, the fill that straightening and dewarping bring
/// in. Left at the border it is harmless, but the deskew that follows turns it by a few tenths of a degree, so one end
/// runs a few millimetres into the page, where the rule finder takes it for a table's outer rule: a table then gains
/// an empty first column, or a frame around the whole page that doubles every cell's text.</summary>
internal static class SheetRim
{
    /// <summary>An eighth of an inch (3 mm): the rim after a deskew of half a degree over an A4 page's height, and
    /// still short of any printer's unprinted edge.</summary>
    public static int Width(int resolution) => Math.Max(4, resolution / 8);

    public static void Clear(PixHandle sheet, int resolution)
    {
        var band = Width(resolution);
        var (width, height) = (sheet.Width, sheet.Height);
        if (width <= 4 * band || height <= 4 * band) return;
        var paper = PixPaint.Background(sheet);
        PixPaint.Fill(sheet, 0, 0, width, band, paper);
        PixPaint.Fill(sheet, 0, height - band, width, band, paper);
        PixPaint.Fill(sheet, 0, 0, band, height, paper);
        PixPaint.Fill(sheet, width - band, 0, band, height, paper);
    }
}
