using Analytics.Search.Querying;
using Microsoft.Extensions.Hosting;

namespace Analytics.Cli.Web;

/// <summary>Warms the search code and the index's caches once the workspace has started, off the request
/// path (<see cref="SearchWarmUp"/>), so that the first analyst does not pay for it. Runs once; a workspace
/// without an index yet has nothing to warm and stops at the first failed search.</summary>
internal sealed class SearchWarmUpService(SearchIndexHolder index) : BackgroundService
{
    /// <summary>Searches the warm-up made (set when it has ended).</summary>
    public int Searches { get; private set; }

    /// <summary>Completes when the warm-up has ended, however it ended.</summary>
    public Task Finished => _finished.Task;

    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            Searches = SearchWarmUp.Run(index.Search, cancellation: stoppingToken);
        }
        finally
        {
            _finished.TrySetResult();
        }
    }, CancellationToken.None);
}
