using Analytics.Server.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.ServerWeb;

/// <summary>Keeps this node's index current: catches up at start (a restarted node first), then polls the
/// change feed. A database that is briefly unreachable is logged and tried again at the next poll.</summary>
internal sealed class FeedPoller(IndexFollower follower, ServerWorkspaceOptions options, ILogger<FeedPoller> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = follower.CatchUp();
                if (applied > 0) log.LogInformation("index: {Applied} sources from the change feed, position {Position}", applied, follower.Position);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or IOException)
            {
                log.LogWarning(e, "index: change feed not read");
            }
            await Task.Delay(options.FeedPoll, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
