namespace Analytics.Ingest.Ocr;

/// <summary>How pages are recognised. Defaults suit Vietnamese plans on this product's machines.</summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract language(s), e.g. "vie" or "vie+eng".</summary>
    public string Language { get; init; } = "vie";

    /// <summary>Folder holding *.traineddata; null uses Tesseract's compiled-in default (TESSDATA_PREFIX honoured).</summary>
    public string? DataPath { get; init; }

    /// <summary>Most processor time one page may take (preparation, page analysis and recognition together)
    /// before it is given up with a reason. Processor time, not wall time, so a loaded machine does not fail
    /// pages that are merely waiting for a core.</summary>
    public TimeSpan PageDeadline { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>The clock the page deadline is measured on (replaced in tests); null: the processor time of
    /// the thread that recognises the page.</summary>
    internal TimeProvider? Clock { get; init; }

    /// <summary>Engines (and so pages recognised at once); each is single-threaded. Default: one per core.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Resolution assumed when an image does not state one (phone photos, most PNGs).</summary>
    public int AssumedResolution { get; init; } = 300;

    /// <summary>Words below this confidence (0..1) make a block count as doubtful and raise a warning.</summary>
    public double LowConfidence { get; init; } = DefaultLowConfidence;

    /// <summary>The default of <see cref="LowConfidence"/>, also where a record field read from OCR text gets a warning.</summary>
    public const double DefaultLowConfidence = 0.6;

    public Preprocessing.PreprocessOptions Preprocess { get; init; } = Preprocessing.PreprocessOptions.Default;

    public static OcrOptions Default { get; } = new();
}
