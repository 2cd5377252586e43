using Analytics.Ingest.Records;

namespace Analytics.Ingest.Pipeline;

/// <summary>What ingesting one file produced: its plans, or the one reason it produced none.</summary>
public sealed record IngestOutcome(string Source, string ContentHash, IReadOnlyList<PlanRecord> Records, string? Error)
{
    public bool IsSuccess => Error is null;

    public static IngestOutcome Failed(string source, string contentHash, string reason) => new(source, contentHash, [], reason);
}
