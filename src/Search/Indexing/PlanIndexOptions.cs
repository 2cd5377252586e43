namespace Analytics.Search.Indexing;

/// <summary>Writer settings. The defaults suit a desktop ingest; benchmarks raise the buffer.</summary>
public sealed record PlanIndexOptions
{
    public double RamBufferMb { get; init; } = 64;
    public static PlanIndexOptions Default { get; } = new();
}
