namespace Analytics.Search.Indexing;

/// <summary>What a sync did: sources added (new), replaced (changed content), deleted (gone from the
/// store), left alone (unchanged), and the documents the index holds afterwards.</summary>
public sealed record IndexSyncReport(int Added, int Replaced, int Deleted, int Unchanged, int Documents)
{
    public override string ToString() =>
        $"added {Added}, replaced {Replaced}, deleted {Deleted}, unchanged {Unchanged} sources; {Documents} documents";
}

/// <summary>Progress of a sync, reported after each source written (before the commit).</summary>
public sealed record IndexProgress(int SourcesDone, int SourcesToWrite);
