using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Flattens a photographed page that did not lie flat. A curled sheet bows its text lines and table rules
/// (more towards one edge), so a straightened photo still has rules that slant by a degree or two over part of
/// their length: the long thin bricks of <see cref="RuleFinder"/> then miss them, rows merge and an assessment
/// table loses every row. Leptonica models the bow from the text lines and maps it away. Returns an invalid
/// handle when no model could be built (too few lines): the page then goes on as it was.</summary>
internal static class PageDewarper
{
    public static PixHandle Flatten(PixHandle gray, List<string> notes)
    {
        // Adaptive binarisation for the model: light still falls off across a photo after background flattening.
        var status = LeptonicaDewarpApi.dewarpSinglePage(gray, 0, adaptive: 1, useBoth: 0, checkColumns: 0,
            out var flattened, out var model, debug: 0);
        try
        {
            if (status != 0 || model == IntPtr.Zero || LeptonicaDewarpApi.dewarpaModelStatus(model, 0, out var vertical, out _) != 0 || vertical == 0)
            {
                flattened.Dispose();
                return new PixHandle();
            }
            notes.Add("photo: curled page flattened");
            return flattened;
        }
        finally
        {
            if (model != IntPtr.Zero) LeptonicaDewarpApi.dewarpaDestroy(ref model);
        }
    }
}
