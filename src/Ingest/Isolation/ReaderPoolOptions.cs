using Analytics.Ingest.Pipeline;

namespace Analytics.Ingest.Isolation;

/// <summary>Limits of a reader pool.</summary>
/// <param name="Workers">Reader processes at once (0 = one per core).</param>
/// <param name="MemoryLimitBytes">Most memory one reader may use: the .NET heap is capped there
/// (DOTNET_GCHeapHardLimit) and a reader whose resident memory, native libraries included, passes it
/// by half again is stopped. A batch therefore stays under Workers × 1.5 × this, plus the batch itself.</param>
/// <param name="Limits">The input guards; <see cref="IngestLimits.FileDeadline"/> is each file's deadline.</param>
public sealed record ReaderPoolOptions(int Workers = 0, long MemoryLimitBytes = 2L * 1024 * 1024 * 1024, IngestLimits? Limits = null)
{
    /// <summary>Time a reader gets past the deadline to say so itself before it is stopped.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;

    /// <summary>OCR engines each reader should run for a batch of <paramref name="files"/> files: the cores shared
    /// among the readers that will be busy, at least one. Each reader's default is one engine per core, so without
    /// this share two readers OCR four pages at once on two cores: no faster, and a few per cent more CPU in the
    /// measurements (benchmarks/RESULTS.md, session 9). One file alone still has every core for its pages.</summary>
    public int OcrEnginesPerReader(int files) => Math.Max(1, Environment.ProcessorCount / Math.Clamp(files, 1, WorkerCount));

    public IngestLimits EffectiveLimits => Limits ?? IngestLimits.Default;

    public long ResidentLimitBytes => MemoryLimitBytes + MemoryLimitBytes / 2;
}
