using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Straightens a page scanned or photographed at a slight angle. The angle is Leptonica's (its sweep and
/// binary search over the page binarised at its own default level, with its own bars: at least a tenth of a degree,
/// confidence 3), the same as <c>pixFindSkewAndDeskew</c> finds. The turn is made by shearing, not by area mapping:
/// on a 300-dpi page area mapping cost four times as much (63 against 16 ms a page, the most costly step of the
/// preparation), and for the ±0.3–3° of a scan or a photo a shear moves each pixel whole by at most one pixel
/// from where interpolation would put it, below what Tesseract's line normalisation or the rule search can see.</summary>
internal static class PageDeskew
{
    private const int BinaryThreshold = 130;
    private const double MinDegrees = 0.1;
    private const double MinConfidence = 3.0;
    private const int RotateByShear = 2;
    private const int BringInWhite = 1;

    /// <summary>The page turned straight, or an invalid handle when it is straight already or no angle was found.</summary>
    public static PixHandle Straighten(PixHandle gray, out double degrees)
    {
        degrees = 0;
        using var binary = LeptonicaApi.pixThresholdToBinary(gray, BinaryThreshold);
        if (binary.IsInvalid || LeptonicaApi.pixFindSkew(binary, out var angle, out var confidence) != 0) return new PixHandle();
        if (Math.Abs(angle) < MinDegrees || confidence < MinConfidence) return new PixHandle();
        degrees = angle;
        return LeptonicaApi.pixRotate(gray, (float)(angle * Math.PI / 180), RotateByShear, BringInWhite, 0, 0);
    }
}
