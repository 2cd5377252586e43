using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Store;

namespace Analytics.Search.Tests;

/// <summary>An in-memory index over some stored sources, for tests.</summary>
internal sealed class MemoryIndex : IDisposable
{
    public MemoryIndex(IEnumerable<StoredSource> sources)
    {
        Index = PlanIndex.Open(new RAMDirectory());
        Index.Sync(sources);
    }

    public PlanIndex Index { get; }

    public SearchResponse Search(string query, int top = 10, bool facets = false)
    {
        var outcome = Index.Search(new SearchRequest(query) { Top = top, Facets = facets });
        Assert.True(outcome.IsSuccess, outcome.Error);
        return outcome.Response!;
    }

    public void Dispose() => Index.Dispose();
}
