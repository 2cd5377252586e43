namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Which page clean-ups run before recognition. Each is on by default only where measured to help
/// (figures in benchmarks/RESULTS.md, "OCR preprocessing").</summary>
public sealed record PreprocessOptions
{
    /// <summary>Pages below this resolution are scaled up to <see cref="TargetResolution"/>.</summary>
    public int MinResolution { get; init; } = 250;

    public int TargetResolution { get; init; } = 300;

    /// <summary>Straighten pages photographed or scanned at a slight angle.</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Flatten uneven lighting (phone photos) before Tesseract's own thresholding.</summary>
    public bool NormalizeBackground { get; init; } = true;

    /// <summary>Find table ruling lines, which the layout uses for rows and columns.</summary>
    public bool DetectRules { get; init; } = true;

    public static PreprocessOptions Default { get; } = new();
}
