namespace Analytics.Search.Indexing;

/// <summary>Writer settings. The defaults suit a desktop ingest; benchmarks raise the buffer.</summary>
public sealed record PlanIndexOptions
{
    public double RamBufferMb { get; init; } = 64;

    /// <summary>Threads that analyse and write documents during a large sync (one in-memory segment each).
    /// Up to two by default: on this 2-core machine at rest two threads indexed 1.28× faster than one, while
    /// under heavy load from other processes they were slower (benchmarks/RESULTS.md, Search); more threads
    /// were never measured.</summary>
    public int IndexingThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 2);
    public static PlanIndexOptions Default { get; } = new();
}
