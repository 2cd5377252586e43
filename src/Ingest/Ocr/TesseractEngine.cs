using System.Runtime.InteropServices;
using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Ocr.Layout;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;
using Analytics.Ingest.Text;

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
        var clock = PageClock.Start(_options.PageDeadline, _options.Clock);
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
        TesseractApi.TessBaseAPISetImage2(_api, image.Pix);
        TesseractApi.TessBaseAPISetSourceResolution(_api, image.Resolution);

        // Page analysis runs apart from recognition (Recognize reuses it) so its time is checked too: Tesseract
        // consults the monitor only between words, never while it segments the page.
        using (var layout = TesseractApi.TessBaseAPIAnalyseLayout(_api))
        {
            if (clock.Expired) return Result<OcrPage>.Failure(clock.Reason(pageNumber, "page analysis"));
            if (layout.IsInvalid) return Page(image, pageNumber, []);
        }

        using var monitor = TesseractApi.TessMonitorCreate();
        var stop = new StopCheck(clock, cancellationToken);
        _stop = stop;
        TesseractApi.TessMonitorSetCancelFunc(monitor, _cancel);
        var status = TesseractApi.TessBaseAPIRecognize(_api, monitor);
        cancellationToken.ThrowIfCancellationRequested();

        // Stopped past the deadline, Tesseract keeps what it had; a partial page is not a page.
        if (stop.Stopped || clock.Expired) return Result<OcrPage>.Failure(clock.Reason(pageNumber, "recognition"));
        if (status != 0) return Result<OcrPage>.Failure($"page {pageNumber}: Tesseract could not recognise the page");
        return Page(image, pageNumber, ReadWords());
    }

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

    private List<OcrWord> ReadWords()
    {
        var words = new List<OcrWord>();
        using var iterator = TesseractApi.TessBaseAPIGetIterator(_api);
        if (iterator.IsInvalid) return words;
        var pageIterator = TesseractApi.TessResultIteratorGetPageIterator(iterator);
        int block = -1, line = -1;
        do
        {
            if (TesseractApi.TessPageIteratorIsAtBeginningOf(pageIterator, TesseractApi.RilBlock) != 0) block++;
            if (TesseractApi.TessPageIteratorIsAtBeginningOf(pageIterator, TesseractApi.RilTextLine) != 0) line++;
            // '|' is never Vietnamese text: it is a table rule the eraser missed.
            var text = TesseractApi.TakeText(TesseractApi.TessResultIteratorGetUTF8Text(iterator, TesseractApi.RilWord)).Trim().Trim('|');
            if (text.Length == 0) continue;
            if (TesseractApi.TessPageIteratorBoundingBox(pageIterator, TesseractApi.RilWord, out var l, out var t, out var r, out var b) == 0) continue;
            var confidence = Math.Clamp(TesseractApi.TessResultIteratorConfidence(iterator, TesseractApi.RilWord) / 100.0, 0, 1);
            AddWord(words, VietnameseFolding.Nfc(text), new BoundingBox(l, t, r, b), confidence, Math.Max(block, 0), Math.Max(line, 0));
        }
        while (TesseractApi.TessResultIteratorNext(iterator, TesseractApi.RilWord) != 0);
        return words;
    }

    /// <summary>Adds a word, or its pieces when Tesseract glued several together (the box is shared out by length).</summary>
    private static void AddWord(List<OcrWord> words, string text, BoundingBox box, double confidence, int block, int line)
    {
        var pieces = WordPieces.Split(text);
        if (pieces.Count == 1 && pieces[0].Text.Length == text.Length)
        {
            words.Add(new OcrWord(text, box, confidence, block, line));
            return;
        }
        foreach (var (part, start) in pieces)
        {
            var left = box.Left + box.Width * start / text.Length;
            var right = box.Left + box.Width * (start + part.Length) / text.Length;
            words.Add(new OcrWord(part, new BoundingBox(left, box.Top, right, box.Bottom), confidence, block, line));
        }
    }

    public void Dispose()
    {
        _api.Dispose();
        _orientation?.Dispose();
    }
}
