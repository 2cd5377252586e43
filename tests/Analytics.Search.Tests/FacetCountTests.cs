using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Ingest.Text;
using Analytics.Search.Analysis;
using Analytics.Search.Facets;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Store;

namespace Analytics.Search.Tests;

/// <summary>Facet counts against counts taken straight from the records, for random filter queries over an
/// index of several segments (so per-segment ordinals really need mapping).</summary>
public sealed class FacetCountTests
{
    private static readonly string[] FilterFields = ["province", "level", "gap", "year", "standard", "funding-any"];

    [Fact]
    public void Facet_counts_equal_brute_force_counts_for_random_queries()
    {
        var sources = RandomPlans.Make(120, seed: 17);
        using var index = PlanIndex.Open(new RAMDirectory());
        // Several commits → several segments.
        foreach (var chunk in sources.Chunk(30))
        {
            foreach (var source in chunk) index.Put(source);
            index.Commit();
        }
        var items = sources.SelectMany(s => s.Records).SelectMany(p => p.Items.Select(i => (Plan: p, Item: i))).ToList();
        var random = new Random(5);
        for (var round = 0; round < 40; round++)
        {
            var (query, predicate) = RandomQuery(random, items);
            var outcome = index.Search(new SearchRequest(query) { Facets = true, FacetTop = 1000, Top = 1 });
            Assert.True(outcome.IsSuccess, outcome.Error);
            var matching = items.Where(predicate).ToList();
            Assert.Equal(matching.Count, outcome.Response!.TotalHits);
            foreach (var facet in outcome.Response.Facets)
            {
                var expected = matching.SelectMany(m => Values(facet.Facet, m.Plan, m.Item))
                    .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
                var actual = facet.Values.ToDictionary(v => v.Label, v => v.Count);
                Assert.True(expected.OrderBy(kv => kv.Key).SequenceEqual(actual.OrderBy(kv => kv.Key)), $"{query}: facet {facet.Facet} differs");
            }
        }
    }

    [Fact]
    public void Match_all_facet_counts_follow_each_commit_and_each_facet_top()
    {
        var sources = RandomPlans.Make(60, seed: 23);
        using var index = PlanIndex.Open(new RAMDirectory());
        foreach (var chunk in sources.Chunk(30))
        {
            foreach (var source in chunk) index.Put(source);
            index.Commit();
            var items = sources.TakeWhile(s => s != chunk[^1]).Append(chunk[^1])
                .SelectMany(s => s.Records).SelectMany(p => p.Items.Select(i => (Plan: p, Item: i))).ToList();
            // Twice: the second answer comes from the counts kept for this reader.
            for (var repeat = 0; repeat < 2; repeat++)
            {
                var outcome = index.Search(new SearchRequest("*") { Facets = true, FacetTop = 1000, Top = 1 });
                Assert.Equal(items.Count, outcome.Response!.TotalHits);
                foreach (var facet in outcome.Response.Facets)
                {
                    var expected = items.SelectMany(m => Values(facet.Facet, m.Plan, m.Item)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
                    Assert.Equal(expected.OrderBy(kv => kv.Key), facet.Values.ToDictionary(v => v.Label, v => v.Count).OrderBy(kv => kv.Key));
                }
            }
            var topOne = index.Search(new SearchRequest("*") { Facets = true, FacetTop = 1, Top = 1 }).Response!;
            Assert.All(topOne.Facets, f => Assert.True(f.Values.Count <= 1));
            var plans = index.Search(new SearchRequest("*") { Facets = true, FacetTop = 1000, Top = 1, Scope = SearchScope.Plans }).Response!;
            // The same documents through a query that is not "*", so counted afresh.
            var plansCounted = index.Search(new SearchRequest("* NOT standard:99") { Facets = true, FacetTop = 1000, Top = 1, Scope = SearchScope.Plans }).Response!;
            Assert.Equal(plansCounted.TotalHits, plans.TotalHits);
            Assert.Equal(Labelled(plansCounted), Labelled(plans));
            Assert.NotEqual(Labelled(ItemsMatchAll(index)), Labelled(plans));
        }
    }

    private static SearchResponse ItemsMatchAll(PlanIndex index) =>
        index.Search(new SearchRequest("*") { Facets = true, FacetTop = 1000, Top = 1 }).Response!;

    private static List<string> Labelled(SearchResponse response) =>
        response.Facets.SelectMany(f => f.Values.Select(v => $"{f.Facet}={v.Label}:{v.Count}")).ToList();

    private static (string Query, Func<(PlanRecord Plan, PlanItem Item), bool> Predicate) RandomQuery(Random random, List<(PlanRecord Plan, PlanItem Item)> items)
    {
        var sample = items[random.Next(items.Count)];
        switch (FilterFields[random.Next(FilterFields.Length)])
        {
            case "province" when sample.Plan.School.Province is { } p:
                // A province matches the plans filed under it and those of the provinces merged into it (2025).
                return ($"province:\"{p}\"", m => m.Plan.School.Province == p || AdministrativeUnits.CurrentProvince(m.Plan.School) == p);
            case "level" when sample.Plan.School.Level is { } l:
                return ($"level:{l} OR gap:bep-an", m => m.Plan.School.Level == l || ItemFacts.Gaps(m.Item).Contains("bep-an"));
            case "gap" when ItemFacts.Gaps(sample.Item) is { Count: > 0 } g:
                return ($"gap:{g[0]} NOT standard:3", m => ItemFacts.Gaps(m.Item).Contains(g[0]) && m.Item.Standard != 3);
            case "year":
                var year = random.Next(2019, 2027);
                return ($"year:{year}", m => ItemFacts.Years(m.Plan, m.Item).Contains(year));
            case "standard":
                var low = random.Next(1, 4);
                return ($"standard:[{low} TO *] budget:[1000000000 TO *]", m => m.Item.Standard >= low && m.Item.Budget?.Vnd >= 1_000_000_000);
            default:
                return ("*", _ => true);
        }
    }

    private static IEnumerable<string> Values(string facet, PlanRecord plan, PlanItem item)
    {
        string?[] single = facet switch
        {
            FacetCatalog.Province => [AdministrativeUnits.CurrentProvince(plan.School)],
            FacetCatalog.District => [plan.School.District],
            FacetCatalog.Level => [plan.School.Level],
            FacetCatalog.Standard => [item.Standard?.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            FacetCatalog.Criterion => [item.Criterion],
            FacetCatalog.Funding => [string.IsNullOrWhiteSpace(item.Funding) ? null : FundingSources.Group(item.Funding)],
            FacetCatalog.Gap => [.. ItemGapPolicy.Of(item)],
            FacetCatalog.Year => YearsByHand(plan, item),
            _ => throw new ArgumentOutOfRangeException(nameof(facet)),
        };
        return single.OfType<string>();
    }

    // Written again here rather than calling ItemFacts.Years, so the index's own definition is checked.
    private static string?[] YearsByHand(PlanRecord plan, PlanItem item)
    {
        int? start = item.Timeline?.Start is { } s ? int.Parse(s[..4]) : null;
        int? end = item.Timeline?.End is { } e ? int.Parse(e[..4]) : null;
        if (start is null && end is null) (start, end) = (plan.Document.PeriodStart, plan.Document.PeriodEnd);
        if (start is null && end is null) return [];
        var from = start ?? end!.Value;
        var to = end ?? start!.Value;
        return Enumerable.Range(from, to - from + 1).Select(y => y.ToString()).ToArray();
    }
}
