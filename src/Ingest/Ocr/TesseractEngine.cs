using System.Runtime.InteropServices;
using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Cells;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Ocr.Layout;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;

namespace Analytics.Ingest.Ocr;

/// <summary>One Tesseract engine, initialised once (model loading is the slow part) and reused for many pages.
/// Not thread-safe: a worker owns it while it recognises a page.</summary>
internal sealed class TesseractEngine : IOcrEngine
{
    private readonly TessBaseApiHandle _api;
    private readonly OcrOptions _options;

    // Held for the engine's life: native code keeps the pointer to this delegate's thunk.
    private readonly TesseractApi.CancelFunc _cancel;
    private StopCheck? _stop;
    private readonly PageOrientation? _orientation;

    private TesseractEngine(TessBaseApiHandle api, OcrOptions options, PageOrientation? orientation)
    {
        _api = api;
        _options = options;
        _orientation = orientation;
        _cancel = ShouldStop;
    }

    /// <summary>Loads the native library and the language model; a missing library or model is a failure with a reason.</summary>
    public static Result<TesseractEngine> Create(OcrOptions options)
    {
        NativeLibraryLocator.EnsureInstalled();
        TessBaseApiHandle api;
        try
        {
            api = TesseractApi.TessBaseAPICreate();
        }
        catch (DllNotFoundException e)
        {
            return Result<TesseractEngine>.Failure(e.Message);
        }
        if (api.IsInvalid) return Result<TesseractEngine>.Failure("OCR is unavailable: Tesseract could not create an engine");

        // Tesseract writes notes such as "Estimating resolution" to stderr; a batch would flood it.
        string[] names = OperatingSystem.IsWindows() ? [] : ["debug_file"];
        string[] values = OperatingSystem.IsWindows() ? [] : ["/dev/null"];
        var status = TesseractApi.TessBaseAPIInit4(api, options.DataPath, options.Language, TesseractApi.OemLstmOnly,
            IntPtr.Zero, 0, names, values, (nuint)names.Length, 0);
        if (status != 0)
        {
            api.Dispose();
            var where = options.DataPath ?? Environment.GetEnvironmentVariable("TESSDATA_PREFIX") ?? "Tesseract's default tessdata folder";
            return Result<TesseractEngine>.Failure(
                $"OCR is unavailable: language model '{options.Language}' not found in {where} (install tesseract-ocr-vie)");
        }
        TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmAuto);
        var orientation = options.Preprocess.DetectOrientation
            ? PageOrientation.Create(options.DataPath, options.Preprocess)
            : null;
        return new TesseractEngine(api, options, orientation);
    }

    public static string Version()
    {
        NativeLibraryLocator.EnsureInstalled();
        return Marshal.PtrToStringUTF8(TesseractApi.TessVersion()) ?? "";
    }

    public Result<OcrPage> Recognize(DecodedPage page, int pageNumber, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var clock = PageClock.Start(_options.PageDeadline, _options.Clock ?? ThreadCpuClock.OfCurrentThread());
        var prepared = PagePreprocessor.Prepare(page, _options.AssumedResolution, _options.Preprocess, _orientation);
        if (!prepared.IsSuccess) return Result<OcrPage>.Failure($"page {pageNumber}: {prepared.Error}");
        using var image = prepared.Value;
        if (clock.Expired) return Result<OcrPage>.Failure(clock.Reason(pageNumber, "image preparation"));
        try
        {
            return RecognizePrepared(image, pageNumber, clock, cancellationToken);
        }
        finally
        {
            // Drops Tesseract's reference to the image and its results, so memory does not grow across pages.
            TesseractApi.TessBaseAPIClear(_api);
            _stop = null;
        }
    }

    private Result<OcrPage> RecognizePrepared(PreparedPage image, int pageNumber, PageClock clock, CancellationToken cancellationToken)
    {
        SetImage(image.Pix, image.Resolution);
        using var monitor = TesseractApi.TessMonitorCreate();
        var stop = new StopCheck(clock, cancellationToken);
        _stop = stop;
        TesseractApi.TessMonitorSetCancelFunc(monitor, _cancel);
        var reader = new WordReader();
        var cellWords = new List<OcrWord>();
        IReadOnlyList<BoundingBox> bands = [new(0, 0, image.Pix.Width, image.Pix.Height)];
        var grids = GridFinder.Find(image.Rules, image.Resolution);
        using var aroundTables = grids.Count > 0 ? LeptonicaApi.pixCopy(IntPtr.Zero, image.Pix) : null;
        if (grids.Count > 0)
        {
            var read = TableCellReader.Read(_api, monitor, image, grids, reader, cellWords, () => ShouldStop(IntPtr.Zero, 0));
            cancellationToken.ThrowIfCancellationRequested();
            if (!read) return Result<OcrPage>.Failure(clock.Reason(pageNumber, "table cells"));
            // The tables are read: the page pass sees only the text around them, on blank paper where they were.
            if (aroundTables is { IsInvalid: false })
            {
                var paper = PixPaint.Background(aroundTables);
                foreach (var grid in grids) Blank(aroundTables, grid.Region, paper);
                bands = InkBands.Of(aroundTables, image.Resolution);
            }
        }

        var words = new List<OcrWord>();
        var around = aroundTables is { IsInvalid: false } ? aroundTables : image.Pix;
        foreach (var band in bands)
        {
            var failure = RecognizeBand(around, band, image.Resolution, monitor, reader, words, pageNumber, clock, cancellationToken);
            if (failure is not null) return Result<OcrPage>.Failure(failure);
        }
        words.AddRange(cellWords);
        return Page(image, pageNumber, words);
    }

    /// <summary>The page pass over one band of the page (the whole page when it has no table). A band is cut
    /// out and given as an image of its own: Tesseract's automatic page layout inside a rectangle of a larger
    /// image read the wrong pixels (garbage text), while cells, in single-block mode, read right.</summary>
    /// <returns>Why the page failed, or null.</returns>
    private string? RecognizeBand(PixHandle page, BoundingBox band, int resolution, MonitorHandle monitor, WordReader reader,
        List<OcrWord> words, int pageNumber, PageClock clock, CancellationToken cancellationToken)
    {
        var whole = band.Top == 0 && (int)band.Height == page.Height;
        using var strip = whole ? null : PixClip.Cut(page, 0, (int)band.Top, page.Width, (int)band.Height);
        if (strip is { IsInvalid: true }) return null;
        TesseractApi.TessBaseAPIClear(_api);
        SetImage(strip ?? page, resolution);
        // Page analysis runs apart from recognition (Recognize reuses it) so its time is checked too: Tesseract
        // consults the monitor only between words, never while it segments the page.
        using (var layout = TesseractApi.TessBaseAPIAnalyseLayout(_api))
        {
            if (clock.Expired) return clock.Reason(pageNumber, "page analysis");
            if (layout.IsInvalid) return null;
        }

        var status = TesseractApi.TessBaseAPIRecognize(_api, monitor);
        cancellationToken.ThrowIfCancellationRequested();

        // Stopped past the deadline, Tesseract keeps what it had; a partial page is not a page.
        if (_stop is { Stopped: true } || clock.Expired) return clock.Reason(pageNumber, "recognition");
        if (status != 0) return $"page {pageNumber}: Tesseract could not recognise the page";
        reader.ReadInto(_api, words, (int)band.Top);
        return null;
    }

    private void SetImage(PixHandle pix, int resolution)
    {
        TesseractApi.TessBaseAPISetImage2(_api, pix);
        TesseractApi.TessBaseAPISetSourceResolution(_api, resolution);
    }

    private static void Blank(PixHandle pix, BoundingBox region, uint paper) =>
        PixPaint.Fill(pix, (int)region.Left - 2, (int)region.Top - 2, (int)region.Width + 4, (int)region.Height + 4, paper);

    private static OcrPage Page(PreparedPage image, int pageNumber, List<OcrWord> words) =>
        new(pageNumber, image.Pix.Width, image.Pix.Height, image.Resolution, words, image.Rules, image.Notes);

    /// <summary>Tesseract's cancel callback, asked before each word: stop past the deadline or when the batch is cancelled.</summary>
    private bool ShouldStop(IntPtr cancelThis, int words)
    {
        if (_stop is not { } stop) return false;
        if (stop.Token.IsCancellationRequested || stop.Clock.Expired) stop.Stopped = true;
        return stop.Stopped;
    }

    private sealed class StopCheck(PageClock clock, CancellationToken token)
    {
        public PageClock Clock { get; } = clock;
        public CancellationToken Token { get; } = token;
        public bool Stopped { get; set; }
    }

    public void Dispose()
    {
        _api.Dispose();
        _orientation?.Dispose();
    }
}
