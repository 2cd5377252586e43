using System.Collections.Concurrent;

namespace Analytics.Ingest.Ocr;

/// <summary>A fixed number of single-threaded engines, created on first use and reused for every page after.
/// It is also the process's OCR throttle: however many files are read at once, no more pages than
/// <see cref="Workers"/> are being recognised (or held decoded) at a time.</summary>
public sealed class OcrEnginePool : IDisposable
{
    private static readonly Lazy<OcrEnginePool> SharedPool = new(() => new OcrEnginePool(OcrOptions.Default));

    private readonly ConcurrentBag<IOcrEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly Func<Result<IOcrEngine>> _create;
    private string? _unavailable;

    public OcrEnginePool(OcrOptions options)
        : this(options, () => TesseractEngine.Create(options) is var r && r.IsSuccess ? r.Value : Result<IOcrEngine>.Failure(r.Error!))
    {
    }

    internal OcrEnginePool(OcrOptions options, Func<Result<IOcrEngine>> create)
    {
        Options = options;
        Workers = Math.Max(1, options.Workers);
        _slots = new SemaphoreSlim(Workers, Workers);
        _create = create;
    }

    /// <summary>The pool the default pipeline uses, with <see cref="OcrOptions.Default"/>.</summary>
    public static OcrEnginePool Shared => SharedPool.Value;

    public OcrOptions Options { get; }

    public int Workers { get; }

    /// <summary>Runs <paramref name="work"/> with an engine to itself; waits while all engines are busy.</summary>
    internal Result<T> Use<T>(Func<IOcrEngine, Result<T>> work, CancellationToken cancellationToken)
    {
        if (_unavailable is { } reason) return Result<T>.Failure(reason);
        _slots.Wait(cancellationToken);
        try
        {
            if (!_idle.TryTake(out var engine))
            {
                var created = _create();
                if (!created.IsSuccess)
                {
                    // Model or library missing: the same for every page, so say it once and stop trying.
                    _unavailable = created.Error;
                    return Result<T>.Failure(created.Error!);
                }
                engine = created.Value;
            }
            try
            {
                return work(engine);
            }
            finally
            {
                _idle.Add(engine);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var engine)) engine.Dispose();
        _slots.Dispose();
    }
}
