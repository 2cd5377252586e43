using Analytics.Ingest.Records;

namespace Analytics.Ingest.Store;

/// <summary>Everything stored for one ingested file: its plans, replaced as a whole on re-ingest.</summary>
public sealed record StoredSource(string Source, string ContentHash, DateTimeOffset IngestedAt, IReadOnlyList<PlanRecord> Records);
