using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Store;

namespace Analytics.Search.Tests;

public sealed class ReindexTests
{
    [Fact]
    public void Re_ingest_of_a_modified_source_leaves_no_duplicate_and_no_stale_item()
    {
        var sources = Records.Small().ToList();
        using var index = PlanIndex.Open(new RAMDirectory());
        index.Sync(sources);
        var changedPlan = sources[0].Records[0] with
        {
            Items = [sources[0].Records[0].Items[0] with { Target = "Thư viện xanh đạt chuẩn mức 2" }],
        };
        sources[0] = Records.Source("a.docx", "h-a2", changedPlan);

        var report = index.Sync(sources);

        Assert.Equal((0, 1, 0, 2), (report.Added, report.Replaced, report.Deleted, report.Unchanged));
        Assert.Single(Hits(index, "\"thư viện xanh\""));
        Assert.Empty(Hits(index, "\"sân tập thể dục\" province:hai-phong"));
        Assert.Single(Hits(index, "criterion:3.6"));
        Assert.Equal("h-a2", index.IndexedVersions()["a.docx"]);
    }

    [Fact]
    public void Source_removed_from_the_store_is_deleted_from_the_index()
    {
        var sources = Records.Small().ToList();
        using var index = PlanIndex.Open(new RAMDirectory());
        index.Sync(sources);

        var report = index.Sync(sources.Where(s => s.Source != "c.txt"));

        Assert.Equal(1, report.Deleted);
        Assert.Empty(Hits(index, "bếp ăn"));
        Assert.DoesNotContain("c.txt", index.IndexedVersions().Keys);
    }

    [Fact]
    public void Unchanged_sources_are_not_rewritten()
    {
        using var index = PlanIndex.Open(new RAMDirectory());
        index.Sync(Records.Small());
        var report = index.Sync(Records.Small());
        Assert.Equal((0, 0, 3), (report.Added, report.Replaced, report.Unchanged));
    }

    private static IReadOnlyList<SearchHit> Hits(PlanIndex index, string query)
    {
        var outcome = index.Search(new SearchRequest(query) { Top = 100 });
        Assert.True(outcome.IsSuccess, outcome.Error);
        return outcome.Response!.Hits;
    }

    [Fact]
    public void A_sync_on_two_threads_indexes_what_one_thread_indexes()
    {
        var sources = RandomPlans.Make(300, seed: 23);
        using var one = PlanIndex.Open(new RAMDirectory(), new PlanIndexOptions { IndexingThreads = 1 });
        using var two = PlanIndex.Open(new RAMDirectory(), new PlanIndexOptions { IndexingThreads = 2 });
        Assert.Equal(one.Sync(sources), two.Sync(sources));
        foreach (var query in new[] { "*", "thư viện", "level:tieu-hoc", "gap:bep-an NOT standard:3" })
        {
            var a = one.Search(new SearchRequest(query) { Facets = true, FacetTop = 1000, Top = 5 }).Response!;
            var b = two.Search(new SearchRequest(query) { Facets = true, FacetTop = 1000, Top = 5 }).Response!;
            Assert.Equal(a.TotalHits, b.TotalHits);
            Assert.Equal(a.Facets.Select(f => (f.Facet, string.Join(",", f.Values))), b.Facets.Select(f => (f.Facet, string.Join(",", f.Values))));
        }
    }

    [Fact]
    public void Parallel_shares_cover_the_batch_in_order_with_balanced_document_counts()
    {
        var sources = RandomPlans.Make(301, seed: 5).ToList();
        var documents = sources.Select(s => s.Records.Sum(r => 1 + r.Items.Count)).ToArray();
        foreach (var threads in new[] { 2, 3 })
        {
            var shares = PlanIndex.Shares(sources, threads);
            Assert.Equal(threads, shares.Count);
            Assert.Equal(0, shares[0].Start);
            Assert.Equal(sources.Count, shares[^1].End);
            for (var i = 1; i < shares.Count; i++) Assert.Equal(shares[i - 1].End, shares[i].Start);
            Assert.All(shares, s => Assert.Equal(documents[s.Start..s.End].Sum(), s.Documents));
            // Cut at the first source reaching the next equal share: shares differ by at most two sources.
            Assert.True(shares.Max(s => s.Documents) - shares.Min(s => s.Documents) <= 2 * documents.Max(),
                string.Join(", ", shares.Select(s => s.Documents)));
        }
    }
}
