namespace Analytics.Ingest.Store;

/// <summary>Where ingested sources are kept: the JSON folder of the embedded mode (<see cref="RecordStore"/>)
/// or PostgreSQL in server mode. A source's plans are stored and replaced as a whole.</summary>
public interface IPlanStore
{
    /// <summary>How many changes the store has had (0: none yet).</summary>
    long Version { get; }

    void Put(StoredSource source);

    StoredSource? Get(string source);

    bool Holds(string source);

    bool Remove(string source);

    /// <summary>Every stored source, ordered by source name.</summary>
    IEnumerable<StoredSource> All();
}
