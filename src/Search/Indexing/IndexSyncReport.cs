namespace Analytics.Search.Indexing;

/// <summary>What a sync did: sources added (new), replaced (changed content), deleted (gone from the
/// store), left alone (unchanged), and the documents the index holds afterwards.</summary>
public sealed record IndexSyncReport(int Added, int Replaced, int Deleted, int Unchanged, int Documents)
{
    /// <summary>The older format the index was found in and rebuilt from (null: it was current).</summary>
    public int? UpgradedFrom { get; init; }

    public override string ToString() =>
        (UpgradedFrom is { } old ? $"rebuilt from index format {old} to {IndexFormat.Current}: " : "")
        + $"added {Added}, replaced {Replaced}, deleted {Deleted}, unchanged {Unchanged} sources; {Documents} documents";
}

/// <summary>Progress of a sync, reported after each source written (before the commit).</summary>
public sealed record IndexProgress(int SourcesDone, int SourcesToWrite);
