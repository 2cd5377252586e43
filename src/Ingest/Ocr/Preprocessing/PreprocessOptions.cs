namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Which page clean-ups run before recognition. Each is on by default only where measured to help
/// (figures in benchmarks/RESULTS.md, "OCR preprocessing").</summary>
public sealed record PreprocessOptions
{
    /// <summary>Pages below this resolution are scaled up to <see cref="TargetResolution"/>.</summary>
    public int MinResolution { get; init; } = 250;

    public int TargetResolution { get; init; } = 300;

    /// <summary>Turn pages scanned or photographed sideways or upside down upright (Tesseract's OSD; needs
    /// the osd model, Debian tesseract-ocr-osd; without it pages are taken as they come).</summary>
    public bool DetectOrientation { get; init; } = true;

    /// <summary>Tesseract OSD confidence below which a page is left as it is.</summary>
    public double MinOrientationConfidence { get; init; } = 5.0;

    /// <summary>Leptonica screen confidence below which a page is taken as upright without asking OSD.</summary>
    public double MinOrientationScreen { get; init; } = 2.0;

    /// <summary>In a phone photo (paper on a darker desk), find the sheet, undo the perspective and cut the desk away.</summary>
    public bool RectifyPhotos { get; init; } = true;

    /// <summary>In a photo whose sheet was found, flatten the bow of a page that did not lie flat (Leptonica's dewarp).</summary>
    public bool DewarpPhotos { get; init; } = true;

    /// <summary>Straighten pages photographed or scanned at a slight angle.</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Flatten uneven lighting (phone photos) before Tesseract's own thresholding.</summary>
    public bool NormalizeBackground { get; init; } = true;

    /// <summary>Find table ruling lines, which the layout uses for rows and columns.</summary>
    public bool DetectRules { get; init; } = true;

    public static PreprocessOptions Default { get; } = new();
}
