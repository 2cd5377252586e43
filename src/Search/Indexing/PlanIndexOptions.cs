namespace Analytics.Search.Indexing;

/// <summary>Writer settings. The defaults suit a desktop ingest; benchmarks raise the buffer.</summary>
public sealed record PlanIndexOptions
{
    public double RamBufferMb { get; init; } = 64;

    /// <summary>Threads that analyse and write documents during a large sync (one in-memory segment each).
    /// One by default: on the shared 2-core machine two threads were measured slower than one
    /// (benchmarks/RESULTS.md, Search); raise it on a machine with idle cores.</summary>
    public int IndexingThreads { get; init; } = 1;
    public static PlanIndexOptions Default { get; } = new();
}
