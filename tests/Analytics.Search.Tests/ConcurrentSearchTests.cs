using System.Collections.Concurrent;
using System.Text;
using Analytics.Search.Querying;

namespace Analytics.Search.Tests;

/// <summary>Many threads searching one index at once get exactly the answers (hits and facet counts)
/// that the same searches get one after the other.</summary>
public sealed class ConcurrentSearchTests
{
    private static readonly string[] Queries =
    [
        "thư viện", "sân chơi", "máy tính", "nhà vệ sinh", "cây xanh", "bếp ăn", "giáo viên", "phòng học",
        "\"cơ sở vật chất\"", "thiết bị", "tường rào", "sách giáo khoa", "hoà nhập", "tin học", "thể dục", "*",
    ];

    [Fact]
    public void Twenty_threads_searching_at_once_get_the_sequential_answers_and_facets()
    {
        // Several syncs: several segments, so facet labels are looked up across segments.
        using var index = new MemoryIndex(RandomPlans.Make(150, seed: 18));
        for (var round = 1; round <= 3; round++)
        {
            var more = RandomPlans.Make(150 + 60 * round, seed: 18 + round).Skip(150 + 60 * (round - 1));
            index.Index.Sync(RandomPlans.Make(150, seed: 18).Concat(more));
        }
        var expected = Queries.ToDictionary(q => q, q => Describe(index.Index.Search(Request(q))));

        const int threads = 20, searchesEach = 2_000;
        var wrong = new ConcurrentBag<string>();
        var errors = new ConcurrentBag<string>();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var i = 0; i < searchesEach; i++)
            {
                var query = Queries[(t * 7 + i) % Queries.Length];
                try
                {
                    var answer = Describe(index.Index.Search(Request(query)));
                    if (answer != expected[query]) wrong.Add(query);
                }
                catch (Exception e)
                {
                    errors.Add(e.GetType().Name + ": " + e.Message);
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.True(errors.IsEmpty, $"{errors.Count} errors, first: {errors.FirstOrDefault()}");
        Assert.True(wrong.IsEmpty, $"{wrong.Count} of {threads * searchesEach} answers differ from the sequential ones");
    }

    private static SearchRequest Request(string query) => new(query) { Top = 5, Facets = true, SnippetLength = 60 };

    private static string Describe(SearchOutcome outcome)
    {
        if (!outcome.IsSuccess) return "error: " + outcome.Error;
        var text = new StringBuilder().Append(outcome.Response!.TotalHits).Append('\n');
        foreach (var hit in outcome.Response.Hits) text.Append(hit.Id).Append(' ').Append(hit.Score).Append('\n');
        foreach (var facet in outcome.Response.Facets)
        {
            text.Append(facet.Facet).Append(':');
            foreach (var value in facet.Values) text.Append(' ').Append(value.Label).Append('=').Append(value.Count);
            text.Append('\n');
        }
        return text.ToString();
    }
}
