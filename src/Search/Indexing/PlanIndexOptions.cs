namespace Analytics.Search.Indexing;

/// <summary>Writer settings. The defaults suit a desktop ingest; benchmarks raise the buffer.</summary>
public sealed record PlanIndexOptions
{
    public double RamBufferMb { get; init; } = 64;

    /// <summary>Threads that analyse and write documents during a large sync (one in-memory segment each).</summary>
    public int IndexingThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
    public static PlanIndexOptions Default { get; } = new();
}
