using Analytics.Search.Querying;

namespace Analytics.Search.Tests;

public sealed class SearchWarmUpTests : IDisposable
{
    private readonly MemoryIndex _index = new(Records.Small());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Every_warm_up_search_is_a_query_the_index_answers()
    {
        foreach (var request in SearchWarmUp.Requests)
        {
            var outcome = _index.Index.Search(request);
            Assert.True(outcome.IsSuccess, $"{request.Query}: {outcome.Error}");
        }
    }

    [Fact]
    public void Warm_up_searches_find_plans_of_the_genre()
    {
        // Words of the genre: most of the set finds something even in three small plans.
        var found = SearchWarmUp.Requests.Count(r => _index.Index.Search(r).Response!.TotalHits > 0);
        Assert.True(found >= SearchWarmUp.Requests.Count / 2, $"{found} of {SearchWarmUp.Requests.Count} found hits");
    }

    [Fact]
    public void Warm_up_runs_every_search_of_every_round()
    {
        Assert.Equal(SearchWarmUp.Requests.Count * 3, SearchWarmUp.Run(_index.Index.Search, rounds: 3));
    }

    [Fact]
    public void Warm_up_stops_at_the_first_failed_search()
    {
        var calls = 0;
        var made = SearchWarmUp.Run(_ => { calls++; return SearchOutcome.Failure("no index"); });
        Assert.Equal(1, made);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Warm_up_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var made = SearchWarmUp.Run(request =>
        {
            cancellation.Cancel();
            return _index.Index.Search(request);
        }, cancellation: cancellation.Token);
        Assert.Equal(1, made);
    }
}
