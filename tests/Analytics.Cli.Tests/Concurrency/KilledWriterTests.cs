using Analytics.Ingest.Store;
using Analytics.Search.Querying;

namespace Analytics.Cli.Tests.Concurrency;

/// <summary>`plans ingest` and `plans index --rebuild` killed with kill -9 at random moments: search always
/// answers, never with less than the last commit held, and says when the index is behind the store.</summary>
public sealed class KilledWriterTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("plans-killed-");
    private string Data => _folder.Data;
    private string Root => _folder.Root;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Search_after_kill_9_at_ten_random_moments_answers_with_what_was_committed_and_says_when_behind()
    {
        var first = PlanFolders.Make(Path.Combine(Root, "đầu"), copies: 1);
        var rest = PlanFolders.Make(Path.Combine(Root, "sau"), copies: 20);
        using (var baseline = PlansProcess.Start("ingest", first, "--data", Data)) Assert.Equal(0, baseline.WaitForExit(TimeSpan.FromMinutes(3)));
        var random = new Random(18);
        var committed = 0;
        var behindSeen = 0;
        for (var round = 0; round < 10; round++)
        {
            var rebuild = round % 3 == 2;
            var version = new RecordStore(Data).Version;
            using (var writer = rebuild
                       ? PlansProcess.Start("index", "--rebuild", "--data", Data)
                       : PlansProcess.Start("ingest", rest, "--data", Data, "-j", "1"))
            {
                // A random moment of its writing, counted from when it holds the folder and, for an ingest,
                // has stored its first plan (starting takes seconds, more on a loaded machine).
                WaitUntilWriting(writer, rebuild ? -1 : version);
                Thread.Sleep(random.Next(0, 4000));
                writer.Kill();
            }

            var (hits, behind) = SearchAll();
            var storedPlans = new RecordStore(Data).All().Sum(s => s.Records.Count);
            Assert.True(hits >= committed, $"round {round}: {hits} plans found, {committed} were committed before");
            Assert.True(hits == storedPlans || behind, $"round {round}: {hits} of {storedPlans} stored plans found, and search did not say it is behind");
            if (behind) behindSeen++;
            committed = hits;
        }

        using (var index = PlansProcess.Start("index", "--data", Data)) Assert.Equal(0, index.WaitForExit(TimeSpan.FromMinutes(3)));
        var (all, stillBehind) = SearchAll();
        Assert.Equal(new RecordStore(Data).All().Sum(s => s.Records.Count), all);
        Assert.False(stillBehind);
        Assert.True(behindSeen > 0, "no kill left the index behind: the moments missed every write");
    }

    private void WaitUntilWriting(PlansProcess writer, long storeVersionBefore)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((WriterLock.CurrentHolder(Data)?.ProcessId != writer.Id || new RecordStore(Data).Version <= storeVersionBefore)
               && clock.Elapsed < TimeSpan.FromMinutes(2))
            Thread.Sleep(20);
    }

    private (int Plans, bool Behind) SearchAll()
    {
        var opened = PlanSearcher.Open(Data);
        Assert.True(opened.IsSuccess, opened.Error);
        using var index = opened.Value;
        var outcome = index.Search(new SearchRequest("*") { Scope = SearchScope.Plans });
        Assert.True(outcome.IsSuccess, outcome.Error);
        return (outcome.Response!.TotalHits, index.IsBehind(Data));
    }
}
