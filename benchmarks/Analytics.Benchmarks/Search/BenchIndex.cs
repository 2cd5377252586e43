using System.Diagnostics;
using Analytics.Search.Indexing;

namespace Analytics.Benchmarks.Search;

/// <summary>The generated collection's index, built once under the temp folder and reused by the query and
/// web benchmarks (each benchmark process would otherwise rebuild it). It is rebuilt when build.txt is
/// missing or names another index format (<see cref="IndexFormat.Current"/>). Building it also times
/// a full-size indexing run, written to build.txt beside it.</summary>
internal static class BenchIndex
{
    public static string DataDirectory(int plans) => Path.Combine(Path.GetTempPath(), "plans-bench", plans + "-plans");

    private static string FormatStamp => $"format {IndexFormat.Current}";

    public static string Ensure(int plans)
    {
        var data = DataDirectory(plans);
        var marker = Path.Combine(data, "build.txt");
        if (File.Exists(marker) && File.ReadAllText(marker).StartsWith(FormatStamp + ",", StringComparison.Ordinal)) return data;
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        var sources = new PlanGenerator(CorpusVocabulary.Load()).Sources(plans).ToList();
        var items = sources.Sum(s => s.Records.Sum(r => r.Items.Count));
        var options = new PlanIndexOptions { RamBufferMb = 256 };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var index = PlanIndex.Open(data, options)) index.Sync(sources);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = new DirectoryInfo(IndexLocation.For(data)).EnumerateFiles().Sum(f => f.Length);
        var report =
            $"{FormatStamp}, plans {plans}, items {items}, build {clock.Elapsed.TotalSeconds:0.0} s ({items / clock.Elapsed.TotalSeconds:0} items/s, one run, " +
            $"{options.IndexingThreads} threads; process CPU {cpu.TotalSeconds:0.0} s = {items / cpu.TotalSeconds:0} items per CPU-second), index {bytes / 1048576.0:0.0} MiB ({bytes / (double)plans / 1024:0.00} KiB per plan), load {File.ReadAllText("/proc/loadavg").Trim()}";
        File.WriteAllText(marker, report);
        return data;
    }
}
