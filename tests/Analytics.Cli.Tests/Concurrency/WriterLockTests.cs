using Analytics.Ingest.Store;
using Analytics.Search.Querying;

namespace Analytics.Cli.Tests.Concurrency;

/// <summary>Two processes that write to one data folder at once: the second waits for the first (or says
/// who holds the folder and gives up), nothing crashes and no plan is lost.</summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("plans-lock-");
    private string Data => _folder.Data;
    private string Root => _folder.Root;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_writers_started_together_ten_times_neither_crashes_nor_loses_a_plan()
    {
        var first = PlanFolders.Make(Path.Combine(Root, "một"), copies: 2);
        var second = PlanFolders.Make(Path.Combine(Root, "hai"), copies: 2);
        var waited = 0;
        for (var round = 0; round < 10; round++)
        {
            // Ingest beside ingest, or ingest beside a rebuild of the index.
            using var a = PlansProcess.Start("ingest", round % 2 == 0 ? first : second, "--data", Data, "-j", "1");
            using var b = round % 3 == 2
                ? PlansProcess.Start("index", "--rebuild", "--data", Data)
                : PlansProcess.Start("ingest", round % 2 == 0 ? second : first, "--data", Data, "-j", "1");
            var exits = (a.WaitForExit(TimeSpan.FromMinutes(3)), b.WaitForExit(TimeSpan.FromMinutes(3)));

            Assert.True(exits == (0, 0), $"round {round}: exits {exits}\n{a.Output}{a.Error}\n{b.Output}{b.Error}");
            if ((a.Error + b.Error).Contains("waiting up to", StringComparison.Ordinal)) waited++;
        }

        var stored = new RecordStore(Data).All().ToList();
        Assert.Equal(4 * PlanFolders.TextPlans.Count, stored.Count);
        using var index = PlanSearcher.Open(Data).Value;
        var plans = index.Search(new SearchRequest("*") { Scope = SearchScope.Plans });
        Assert.Equal(stored.Sum(s => s.Records.Count), plans.Response!.TotalHits);
        Assert.False(index.IsBehind(Data));
        Assert.True(waited > 0, "no round made a writer wait: the two never overlapped");
    }

    [Fact]
    public void A_second_writer_that_cannot_wait_says_who_holds_the_data_folder_and_changes_nothing()
    {
        var input = PlanFolders.Make(Path.Combine(Root, "in"), copies: 1);
        using var held = WriterLock.Acquire(Data, "serve", TimeSpan.Zero)!;

        using var ingest = PlansProcess.Start("ingest", input, "--data", Data, "--wait", "1");
        var exit = ingest.WaitForExit(TimeSpan.FromMinutes(2));

        Assert.Equal(3, exit);
        Assert.Contains($"process {Environment.ProcessId}", ingest.Error);
        Assert.Contains("plans serve", ingest.Error);
        Assert.False(Directory.Exists(Path.Combine(Data, "records")));
    }

    [Fact]
    public void The_lock_of_a_writer_killed_with_kill_9_is_free_at_once()
    {
        var input = PlanFolders.Make(Path.Combine(Root, "in"), copies: 3);
        using (var ingest = PlansProcess.Start("ingest", input, "--data", Data, "-j", "1"))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (WriterLock.CurrentHolder(Data)?.ProcessId != ingest.Id && clock.Elapsed < TimeSpan.FromMinutes(1)) Thread.Sleep(50);
            Assert.Equal(ingest.Id, WriterLock.CurrentHolder(Data)?.ProcessId);
            Assert.Null(WriterLock.Acquire(Data, "index", TimeSpan.Zero));
            ingest.Kill();
        }

        // The OS released the dead process's lock: no stale lock to detect or delete.
        using var taken = WriterLock.Acquire(Data, "index", TimeSpan.Zero);
        Assert.NotNull(taken);
    }
}
