using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>Finds pages scanned or photographed sideways or upside down, in two steps. Leptonica's ascender
/// and descender count (pixOrientDetect, about 0.1 s a page) screens every page; only a page it finds
/// turned goes to Tesseract's orientation detection (OSD, about 1 s a page, on an engine of its own loaded
/// with the "osd" model: the recognition engine runs the LSTM model only, which cannot do OSD), whose answer
/// is the one applied. Without the osd model (Debian tesseract-ocr-osd) the screen decides alone, and only
/// when it is sure. Measured on the OCR samples turned by 0/90/180/270° in benchmarks/RESULTS.md.
/// Not thread-safe: one per recognition engine.</summary>
internal sealed class PageOrientation : IOrientationDetector, IDisposable
{
    /// <summary>Leptonica's own advice for a confident up/down decision.</summary>
    private const double ScreenAloneConfidence = 8.0;

    // Loaded on the first page the screen finds turned: almost every page is upright, and a reader process
    // or a worker would otherwise load the osd model into every engine for nothing.
    private readonly Lazy<TessBaseApiHandle?> _osd;
    private readonly double _minOsdConfidence;
    private readonly double _minScreenConfidence;

    private PageOrientation(Lazy<TessBaseApiHandle?> osd, double minOsdConfidence, double minScreenConfidence)
    {
        _osd = osd;
        _minOsdConfidence = minOsdConfidence;
        _minScreenConfidence = minScreenConfidence;
    }

    public static PageOrientation Create(string? dataPath, PreprocessOptions options)
    {
        NativeLibraryLocator.EnsureInstalled();
        return new PageOrientation(new Lazy<TessBaseApiHandle?>(() => TryCreateOsd(dataPath), LazyThreadSafetyMode.None),
            options.MinOrientationConfidence, options.MinOrientationScreen);
    }

    public int QuarterTurnsToUpright(PixHandle gray, int resolution)
    {
        var (turns, confidence) = Screen(gray);
        // Below both bars no answer can come of it, so the osd model is not even loaded.
        if (turns == 0 || confidence < Math.Min(_minScreenConfidence, ScreenAloneConfidence)) return 0;
        if (_osd.Value is not { } osd) return confidence >= ScreenAloneConfidence ? turns : 0;
        return confidence >= _minScreenConfidence ? AskOsd(osd, gray, resolution) : 0;
    }

    /// <summary>Leptonica's guess: clockwise quarter turns to upright and how sure it is (its strongest signal).
    /// The upright/upside-down count comes first; a page it already finds upright beyond doubt (text lines across
    /// the page, so not turned a quarter) skips the count on the page turned sideways, half of the screen's cost.</summary>
    internal static (int Turns, double Confidence) Screen(PixHandle gray)
    {
        using var binary = LeptonicaApi.pixThresholdToBinary(gray, 160);
        if (binary.IsInvalid || LeptonicaApi.pixUpDownDetect(binary, out var up, 0, 0, 0) != 0) return (0, 0);
        if (up >= ScreenAloneConfidence) return (0, up);
        if (LeptonicaApi.pixOrientDetect(binary, out up, out var left, 0, 0) != 0) return (0, 0);
        // up > 0: upright, up < 0: upside down; left < 0: turned a quarter clockwise, left > 0: anticlockwise.
        (int Turns, double Confidence)[] signals = [(0, up), (2, -up), (3, -left), (1, left)];
        return signals.MaxBy(s => s.Confidence);
    }

    /// <summary>Tesseract OSD without the screen (benchmarks: what OSD on every page would cost).</summary>
    internal int AskOsdForBenchmark(PixHandle gray, int resolution) => _osd.Value is { } osd ? AskOsd(osd, gray, resolution) : 0;

    private int AskOsd(TessBaseApiHandle osd, PixHandle gray, int resolution)
    {
        try
        {
            TesseractApi.TessBaseAPISetImage2(osd, gray);
            TesseractApi.TessBaseAPISetSourceResolution(osd, resolution);
            // Degrees the page is turned clockwise; too few letters to tell counts as upright.
            if (TesseractApi.TessBaseAPIDetectOrientationScript(osd, out var degrees, out var confidence, out _, out _) == 0) return 0;
            if (confidence < _minOsdConfidence) return 0;
            return degrees switch { 90 => 3, 180 => 2, 270 => 1, _ => 0 };
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(osd);
        }
    }

    private static TessBaseApiHandle? TryCreateOsd(string? dataPath)
    {
        var api = TesseractApi.TessBaseAPICreate();
        if (api.IsInvalid) return null;
        string[] names = OperatingSystem.IsWindows() ? [] : ["debug_file"];
        string[] values = OperatingSystem.IsWindows() ? [] : ["/dev/null"];
        if (TesseractApi.TessBaseAPIInit4(api, dataPath, "osd", TesseractApi.OemTesseractOnly, IntPtr.Zero, 0, names, values, (nuint)names.Length, 0) == 0) return api;
        api.Dispose();
        return null;
    }

    public void Dispose()
    {
        if (_osd.IsValueCreated) _osd.Value?.Dispose();
    }
}
