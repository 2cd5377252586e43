using Analytics.Benchmarks.Search;
using Analytics.Cli.Web;
using Analytics.Search.Querying;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;

namespace Analytics.Benchmarks.Web;

/// <summary>Response time of the workspace's search page on the generated collection (100,000 plans by
/// default, the index of <see cref="QueryBenchmarks"/>): the real application on Kestrel, loopback HTTP,
/// one GET per invocation rotating through typical searches (the empty landing page over everything, accented
/// and unaccented words, phrases, filters, page 2, grouping by plan), whole body read. Baseline: the same
/// searches made directly on the index with the request the page makes (top 20, or 200 when grouped by plan;
/// 8 facets, 12 values each), without HTTP or HTML.</summary>
[Config(typeof(QueryLatencyConfig))]
public class SearchPageBenchmarks
{
    private static readonly (string Query, int Page, bool ByPlan)[] Searches =
    [
        ("", 1, false),
        ("thu vien", 1, false),
        ("thư viện", 1, false),
        ("sân chơi province:\"Yên Bái\"", 1, false),
        ("bồi dưỡng giáo viên", 2, false),
        ("phòng học", 1, true),
        ("level:thcs gap:bep-an", 1, false),
        ("\"thiết bị dạy học\" budget:[100000000 TO *]", 1, false),
    ];

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private ReadOnlyIndex _index = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchIndex.Ensure(QueryBenchmarks.Plans);
        Console.WriteLine("// " + File.ReadAllText(Path.Combine(data, "build.txt")));
        _app = WorkspaceApp.Build(new WorkspaceOptions { DataDirectory = data, Port = 0 });
        _app.StartAsync().GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        _index = PlanSearcher.Open(data).Value;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _index.Dispose();
    }

    [Benchmark(Baseline = true, Description = "same searches on the index, no HTTP/HTML")]
    public int IndexOnly()
    {
        var (query, page, byPlan) = Next();
        var wanted = page * 20 * (byPlan ? PlanGroups.ItemsPerPlanFetched : 1);
        var outcome = _index.Search(new SearchRequest(query.Length == 0 ? "*" : query) { Top = wanted, Facets = true, FacetTop = 12 });
        return outcome.IsSuccess ? outcome.Response!.TotalHits : throw new InvalidOperationException(outcome.Error);
    }

    [Benchmark(Description = "GET search page (Kestrel, loopback)")]
    public int Page()
    {
        var (query, page, byPlan) = Next();
        var url = "/?q=" + Uri.EscapeDataString(query) + (page > 1 ? "&page=" + page : "") + (byPlan ? "&by=plan" : "");
        using var response = _client.GetAsync(url).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        var html = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return html.Contains("class=\"error\"", StringComparison.Ordinal) ? throw new InvalidOperationException("search failed: " + url) : html.Length;
    }

    private (string Query, int Page, bool ByPlan) Next() => Searches[_next++ % Searches.Length];
}
