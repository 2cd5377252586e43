namespace Analytics.Ingest.Isolation;

/// <summary>What came back from a reader process for one file: its reply, or why there was none.
/// <see cref="Alive"/> says whether the process can take the next file.</summary>
internal sealed record ReaderAnswer(WorkerReply? Reply, string? Failure, bool Alive)
{
    public static ReaderAnswer Died(string reason) => new(null, reason, false);
}
