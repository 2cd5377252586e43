using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Search.Tests;

/// <summary>The web workspace keeps one read-only view and refreshes it after each sync.</summary>
public sealed class RefreshedViewTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "plans-refresh-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public void Refreshed_view_is_the_same_view_until_a_commit_then_sees_the_commit()
    {
        var store = new RecordStore(_data);
        var random = new Random(11);
        for (var i = 0; i < 5; i++) store.Put(RandomPlans.Source(random, $"s{i}.docx", "v1"));
        IndexHook.AfterStore(store);
        var everything = new SearchRequest("*") { Scope = SearchScope.Plans, Facets = true };

        var first = PlanSearcher.Open(_data).Value;
        Assert.Same(first, first.Refreshed());
        var before = first.Search(everything).Response!;

        for (var i = 5; i < 8; i++) store.Put(RandomPlans.Source(random, $"s{i}.docx", "v1"));
        IndexHook.AfterStore(store);
        var second = first.Refreshed();
        Assert.NotSame(first, second);

        var after = second.Search(everything).Response!;
        using (var fresh = PlanSearcher.Open(_data).Value)
        {
            var expected = fresh.Search(everything).Response!;
            Assert.Equal(expected.TotalHits, after.TotalHits);
            Assert.Equal(Counts(expected), Counts(after));
        }
        Assert.True(after.TotalHits > before.TotalHits);
        // The old view still answers with its own commit until it is disposed.
        Assert.Equal(before.TotalHits, first.Search(everything).Response!.TotalHits);

        first.Dispose();
        Assert.Equal(after.TotalHits, second.Search(everything).Response!.TotalHits);
        second.Dispose();
    }

    private static List<string> Counts(SearchResponse response) =>
        response.Facets.SelectMany(f => f.Values.Select(v => $"{f.Facet}={v.Label}:{v.Count}")).ToList();
}
