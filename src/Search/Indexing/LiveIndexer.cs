using Analytics.Ingest.Store;

namespace Analytics.Search.Indexing;

/// <summary>Keeps the index up with an ingest while it runs: each stored source is written to the index at
/// once and committed every few seconds, so a run killed halfway leaves everything committed so far
/// searchable. The index is committed at the start too, so search finds an index (and can say it is behind)
/// even when the first run dies before its first commit. <see cref="Finish"/> ends with a full sync that
/// records the store version. The caller holds the data folder's writer lock.</summary>
public sealed class LiveIndexer : IDisposable
{
    private readonly PlanIndex _index;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private int _pending;
    private int _written;
    private bool _closed;

    public LiveIndexer(string dataDirectory, TimeSpan commitEvery)
    {
        _index = PlanIndex.Open(dataDirectory);
        _index.Commit();
        _timer = new Timer(_ => CommitPending(), null, commitEvery, commitEvery);
    }

    /// <summary>Sources written as they were stored.</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Writes a stored source to the index (visible to other processes at the next commit).</summary>
    public void Add(StoredSource source)
    {
        lock (_gate)
        {
            if (_closed) return;
            _index.Put(source);
            _pending++;
            _written++;
        }
    }

    private void CommitPending()
    {
        lock (_gate)
        {
            if (_closed || _pending == 0) return;
            _pending = 0;
            _index.Commit();
        }
    }

    /// <summary>Stops the periodic commits and brings the index fully in line with the store.</summary>
    public IndexSyncReport Finish(RecordStore store, IProgress<IndexProgress>? progress = null)
    {
        _timer.Dispose();
        lock (_gate)
        {
            _closed = true;
            return _index.SyncWith(store, rebuild: false, progress);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _closed = true;
            _index.Dispose();
        }
    }
}
