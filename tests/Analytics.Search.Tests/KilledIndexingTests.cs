using System.Diagnostics;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Search.Tests;

/// <summary>Kills a real `plans index` process while it writes and checks that the index still opens with
/// exactly the previously committed data, and that the next sync completes.</summary>
public sealed class KilledIndexingTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "plans-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public void Killed_index_process_leaves_the_last_commit_searchable()
    {
        var store = new RecordStore(_data);
        var random = new Random(3);
        for (var i = 0; i < 50; i++) store.Put(RandomPlans.Source(random, $"s{i}.docx", "v1"));
        var committed = IndexHook.AfterStore(store);
        Assert.Equal(50, committed.Added);

        // Change every source and add many more, so the child has long work before its commit.
        for (var i = 0; i < 400; i++) store.Put(RandomPlans.Source(random, $"s{i}.docx", "v2"));
        using (var child = StartIndexer())
        {
            var line = "";
            while (line is not null && !line.StartsWith("written 100/", StringComparison.Ordinal)) line = child.StandardOutput.ReadLine();
            Assert.NotNull(line);
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var opened = PlanSearcher.Open(_data);
        Assert.True(opened.IsSuccess, opened.Error);
        using (var index = opened.Value)
        {
            var all = index.Search(new SearchRequest("*") { Scope = SearchScope.Plans });
            Assert.True(all.IsSuccess, all.Error);
            var plansBefore = 0;
            var replay = new Random(3);
            for (var i = 0; i < 50; i++) plansBefore += RandomPlans.Source(replay, $"s{i}.docx", "v1").Records.Count;
            Assert.Equal(plansBefore, all.Response!.TotalHits);
        }

        // The writer lock left by the killed process does not block the next sync.
        var report = IndexHook.AfterStore(store);
        Assert.Equal((350, 50), (report.Added, report.Replaced));
    }

    private Process StartIndexer()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "plans.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "index", "--data", _data }) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
