using Analytics.Ingest.Store;

namespace Analytics.Search.Indexing;

/// <summary>The call an ingest command makes after storing records: brings DATA/index in line with the
/// record store (only changed sources are rewritten) in one commit.</summary>
public static class IndexHook
{
    public static IndexSyncReport AfterStore(RecordStore store, IProgress<IndexProgress>? progress = null)
    {
        using var index = PlanIndex.Open(store.DataDirectory);
        return index.SyncWith(store, rebuild: false, progress);
    }
}
