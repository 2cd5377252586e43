using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Flattens a photographed page that did not lie flat. A curled sheet bows its text lines and table rules
/// (more towards one edge), so a straightened photo still has rules that slant by a degree or two over part of
/// their length: the long thin bricks of <see cref="RuleFinder"/> then miss them, rows merge and an assessment
/// table loses every row. Leptonica models the bow from the text lines (and the rules, which bow with them) and
/// maps it away. Returns an invalid handle when no model could be built: the page then goes on as it was.</summary>
internal static class PageDewarper
{
    /// <summary>A page of one table has few long text lines: its rows, header and a paragraph or two. Leptonica's
    /// default of 15 refuses most table pages; 8 lines still fit a smooth bow.</summary>
    private const int MinLines = 8;

    private const int RuleThickening = 5;

    /// <summary>The page is already background-flattened (paper ≈ 200+), so a fixed threshold finds the ink.</summary>
    private const int InkThreshold = 150;

    /// <summary>The ink without vertical rules. Joined by its vertical rules, a ruled table is one blob that Leptonica
    /// takes for a single odd text line; without them each horizontal rule is a long line that bows exactly as the
    /// page does (a curl moves ink up and down, so vertical rules stay vertical and are found by a tall brick).</summary>
    private static PixHandle LinesOnly(PixHandle gray)
    {
        using var ink = LeptonicaApi.pixThresholdToBinary(gray, InkThreshold);
        if (ink.IsInvalid) return new PixHandle();
        using var vertical = LeptonicaApi.pixOpenCompBrickDwa(IntPtr.Zero, ink, 1, Math.Max(20, gray.Height / 40));
        if (vertical.IsInvalid) return LeptonicaApi.pixCopy(IntPtr.Zero, ink);
        using var lines = LeptonicaDewarpApi.pixSubtract(IntPtr.Zero, ink, vertical);
        // Leptonica keeps only lines taller than 4 px, and a printed hairline rule is 2–3 px: thickened, the rules
        // count, and a table page (few long text lines, all in one half) gets the coverage a model needs.
        return lines.IsInvalid ? lines : LeptonicaDewarpApi.pixDilateBrick(IntPtr.Zero, lines, 1, RuleThickening);
    }

    public static PixHandle Flatten(PixHandle gray, List<string> notes)
    {
        using var binary = LinesOnly(gray);
        if (binary.IsInvalid) return new PixHandle();
        var models = LeptonicaDewarpApi.dewarpaCreate(1, 0, 1, MinLines, -1);
        if (models == IntPtr.Zero) return new PixHandle();
        try
        {
            // Vertical disparity only: a curl bows lines up and down; the sheet's edges already fixed the sides.
            LeptonicaDewarpApi.dewarpaUseBothArrays(models, 0);
            var model = LeptonicaDewarpApi.dewarpCreate(binary, 0);
            if (model == IntPtr.Zero || LeptonicaDewarpApi.dewarpaInsertDewarp(models, model) != 0) return new PixHandle();
            LeptonicaDewarpApi.dewarpBuildPageModel(model, IntPtr.Zero);
            if (LeptonicaDewarpApi.dewarpaModelStatus(models, 0, out var vertical, out _) != 0 || vertical == 0) return new PixHandle();
            if (LeptonicaDewarpApi.dewarpaApplyDisparity(models, 0, gray, 255, 0, 0, out var flattened, IntPtr.Zero) != 0)
            {
                flattened.Dispose();
                return new PixHandle();
            }
            notes.Add("photo: curled page flattened");
            return flattened;
        }
        finally
        {
            LeptonicaDewarpApi.dewarpaDestroy(ref models);
        }
    }
}
