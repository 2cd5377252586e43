using Analytics.Testing;
using System.Text.Json;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Analytics.Server.Indexing;
using Analytics.Server.Store;

namespace Analytics.Server.Tests;

/// <summary>Web nodes build their Lucene index from PostgreSQL's change feed: two nodes answer every query with
/// the same hits and facet counts as an index built directly from the same sources, and a node that was down
/// while plans were added, replaced and deleted catches up from where it stopped.</summary>
public sealed class IndexFollowerTests
{
    private static readonly string[] Queries = ["*", "thu vien", "\"phòng học\"", "criterion:3.6", "province:\"Lào Cai\"", "budget:>=1tỷ", "gap:thu-vien OR sân"];

    [Fact]
    public void Two_nodes_and_a_restarted_node_answer_like_a_direct_index()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var store = new PgPlanStore(database.Source);
        var sources = CorpusSources.All;
        Assert.True(sources.Count >= 20, $"only {sources.Count} corpus sources read");
        var (first, later) = (sources.Take(sources.Count / 2).ToList(), sources.Skip(sources.Count / 2).ToList());
        foreach (var source in first) store.Put(source);

        var node1 = new IndexFollower(database.Source, Path.Combine(folder.Path, "node1"));
        Assert.Equal(first.Count, node1.CatchUp());
        node1.Dispose();

        // While node 1 is down: the rest arrive, one plan is replaced by another reading, one is deleted.
        foreach (var source in later) store.Put(source);
        store.Put(first[0] with { IngestedAt = DateTimeOffset.UnixEpoch.AddDays(1) });
        Assert.True(store.Remove(first[1].Source));
        var expected = sources.Where(s => s.Source != first[1].Source).ToList();

        using var restarted = new IndexFollower(database.Source, Path.Combine(folder.Path, "node1"));
        Assert.Equal(later.Count + 2, restarted.CatchUp());
        Assert.Equal(0, restarted.CatchUp());
        using var node2 = new IndexFollower(database.Source, Path.Combine(folder.Path, "node2"));
        Assert.Equal(expected.Count + 1, node2.CatchUp());
        Assert.Equal(store.Version, node2.Position);

        using var direct = PlanIndex.Open(Path.Combine(folder.Path, "direct"));
        direct.Sync(expected);
        foreach (var query in Queries)
        {
            var request = new SearchRequest(query) { Top = 1000, Facets = true };
            var want = Answer(direct.Search(request));
            Assert.True(JsonSerializer.Deserialize<JsonElement>(want).GetProperty("Total").GetInt32() > 0, $"{query}: no hits, the comparison would prove nothing");
            Assert.Equal(want, Answer(restarted.Search(request)));
            Assert.Equal(want, Answer(node2.Search(request)));
        }
    }

    /// <summary>A node index left by the version before the commune was indexed (format 3): the commune office
    /// would find none of its post-reform plans in it, so the node replays the whole feed into a new index.</summary>
    [Fact]
    public void A_node_index_of_an_older_format_is_rebuilt_from_the_whole_feed()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var source = PlanEditsTests.PostReformSource();
        new PgPlanStore(database.Source).Put(source);
        var node = Path.Combine(folder.Path, "node");
        using (var first = new IndexFollower(database.Source, node)) Assert.Equal(1, first.CatchUp());
        StampFormat(IndexLocation.For(node), IndexFormat.Current - 1);

        using var upgraded = new IndexFollower(database.Source, node);
        Assert.Equal(0, upgraded.Position);
        Assert.Equal(1, upgraded.CatchUp());
        var office = new Analytics.Server.Accounts.Account("xa", Analytics.Server.Accounts.Roles.Uploader, null, [source.Records[0].School.Commune!]);
        Assert.Equal(source.Records.Count, upgraded.Search(new SearchRequest("*") { Scope = SearchScope.Plans, Within = office.Within() }).Response!.TotalHits);
    }

    /// <summary>Writes an index's format stamp as an older version of plans would have.</summary>
    private static void StampFormat(string indexDirectory, int format)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexDirectory);
        var config = new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer());
        using var writer = new Lucene.Net.Index.IndexWriter(directory, config);
        writer.SetCommitData(new Dictionary<string, string> { [IndexFormat.Key] = format.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        writer.Commit();
    }

    /// <summary>Hits (the set of ids) and every facet count, as one comparable string.</summary>
    private static string Answer(SearchOutcome outcome)
    {
        Assert.True(outcome.IsSuccess, outcome.Error);
        var response = outcome.Response!;
        return JsonSerializer.Serialize(new { Total = response.TotalHits, Hits = response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), response.Facets });
    }
}
