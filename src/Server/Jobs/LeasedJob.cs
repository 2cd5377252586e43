namespace Analytics.Server.Jobs;

/// <summary>A job a worker holds until <see cref="LeaseUntil"/>: one source (a file, or the page images of
/// one plan) by the content hashes of its pages.</summary>
public sealed record LeasedJob(long Id, string Source, IReadOnlyList<string> PageHashes, IReadOnlyList<string> PageNames, int Attempts, DateTimeOffset LeaseUntil);

/// <summary>How far a batch (or every batch) has come, by job state.</summary>
public sealed record JobProgress(int Queued, int Running, int Done, int Failed)
{
    public int Total => Queued + Running + Done + Failed;

    public bool Finished => Queued == 0 && Running == 0;
}
