using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Gray conversion, the sheet of a phone photo cut from the desk and straightened, upscaling of low-resolution pages, background flattening, turning sideways or
/// upside-down pages upright, deskew and ruling-line detection, each a
/// Leptonica call on a fresh image. A step that fails leaves the page as it was: it is an improvement,
/// never a reason to lose the page.</summary>
internal static class PagePreprocessor
{
    public static Result<PreparedPage> Prepare(DecodedPage page, int assumedResolution, PreprocessOptions options,
        IOrientationDetector? orientation = null)
    {
        var notes = new List<string>();
        if (page.Warning is { } w) notes.Add(w);

        var pix = LeptonicaApi.pixConvertTo8(page.Pix, 0);
        if (pix.IsInvalid)
        {
            pix.Dispose();
            return Result<PreparedPage>.Failure($"image with {page.Pix.Depth}-bit pixels could not be converted to gray");
        }

        var isPhoto = false;
        if (options.RectifyPhotos)
        {
            var sheet = PhotoRectifier.Rectify(pix, notes);
            isPhoto = !sheet.IsInvalid;
            pix = Replace(pix, sheet);
        }

        var resolution = isPhoto ? SheetResolution.Of(pix.Width, pix.Height)
            : page.Resolution is > 30 and < 2400 ? page.Resolution : assumedResolution;
        if (resolution < options.MinResolution)
        {
            var scale = (float)options.TargetResolution / resolution;
            pix = Replace(pix, LeptonicaApi.pixScale(pix, scale, scale));
            notes.Add($"scaled from {resolution} to {options.TargetResolution} dpi");
            resolution = options.TargetResolution;
        }

        if (options.NormalizeBackground) pix = Replace(pix, LeptonicaApi.pixBackgroundNormSimple(pix, IntPtr.Zero, IntPtr.Zero));
        // Only a photo curls: a scanner's glass holds the sheet flat, and a scan's model would only add noise.
        if (isPhoto && options.DewarpPhotos) pix = Replace(pix, PageDewarper.Flatten(pix, notes));

        if (options.DetectOrientation && orientation is not null)
        {
            var turns = orientation.QuarterTurnsToUpright(pix, resolution);
            if (turns != 0)
            {
                pix = Replace(pix, LeptonicaApi.pixRotateOrth(pix, turns));
                notes.Add($"turned upright ({90 * turns}° clockwise)");
            }
        }

        if (options.Deskew)
        {
            var deskewed = LeptonicaApi.pixFindSkewAndDeskew(pix, 0, out var angle, out var confidence);
            pix = Replace(pix, deskewed);
            if (Math.Abs(angle) >= 0.1 && confidence > 0) notes.Add($"deskewed by {angle:0.0}°");
        }

        // Last of the steps that move pixels, so the rim is cleared wherever straightening, dewarping and deskew left it.
        if (isPhoto) SheetRim.Clear(pix, resolution);
        LeptonicaApi.pixSetResolution(pix, resolution, resolution);
        var rules = options.DetectRules ? RuleFinder.FindAndErase(pix, resolution) : RulingLines.None;
        return new PreparedPage(pix, resolution, rules, notes);
    }

    /// <summary>Keeps <paramref name="next"/> when the step produced an image, else the current one.</summary>
    private static PixHandle Replace(PixHandle current, PixHandle next)
    {
        if (next.IsInvalid)
        {
            next.Dispose();
            return current;
        }
        current.Dispose();
        return next;
    }
}
