using System.Collections.Concurrent;
using Analytics.Cli.Commands;
using Analytics.Ingest.Isolation;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Store;
using Analytics.Testing;
using Analytics.Testing.Hostile;
using Xunit.Abstractions;

namespace Analytics.Cli.Tests.Fuzz;

/// <summary>The fixed-seed fuzz set of issue 18: mutated corpus plans mixed with the valid ones, ingested
/// as one batch through the reader pool. FUZZ_SEED and FUZZ_COUNT make bigger runs
/// (scripts/fuzz-ingest.sh); FUZZ_REPORT names a file for the figures.</summary>
public sealed class FuzzBatchTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private const long ReaderMemory = 1L << 30;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "plans-fuzz-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Fixed_seed_fuzz_set_mixed_with_valid_plans_loses_no_plan_and_names_every_failure()
    {
        var seed = Setting("FUZZ_SEED", 18);
        var count = Setting("FUZZ_COUNT", 600);
        var valid = WriteValidPlans();
        WriteMutants(seed, count);
        var (files, _) = InputWalker.Walk([_root]);
        var mixed = files.OrderBy(_ => Random.Shared.Next()).ToList();
        var limits = IngestLimits.Default with { FileDeadline = Deadline };
        var options = new ReaderPoolOptions(0, ReaderMemory, limits);
        var store = new RecordStore(Path.Combine(_root, ".data"));
        var reports = new ConcurrentBag<FileReport>();

        BatchSummary summary;
        using (var pool = new ReaderProcessPool(ReadWorkerCommand.Launch(limits), options))
        {
            summary = await new BatchIngestor(pool, store, new BatchOptions(options.WorkerCount)).RunAsync(mixed, reports.Add);
            Report(seed, summary, reports, pool, options);
            Assert.True(pool.PeakReaderBytes <= options.ResidentLimitBytes, $"a reader reached {pool.PeakReaderBytes >> 20} MB");
        }

        var lost = valid.Where(source => store.Get(source) is not { Records.Count: > 0 }).ToList();
        Assert.Empty(lost);
        Assert.Empty(reports.Where(r => !r.IsSuccess && !IsNamed(r.Error!)).Select(r => $"{r.File.Source}: {r.Error}"));
        // Stopping a reader of a gigabyte takes seconds on a loaded machine: 78 s was seen under a load of 55.
        var overdue = Deadline + ReaderPoolOptions.Grace + TimeSpan.FromSeconds(20);
        Assert.Empty(reports.Where(r => r.Elapsed > overdue).Select(r => $"{r.File.Source}: {r.Elapsed.TotalSeconds:0} s"));
        Assert.Equal(mixed.Count, summary.Files);
    }

    /// <summary>A reason an analyst can act on: not empty, not a bare runtime message.</summary>
    private static bool IsNamed(string reason) =>
        reason.Length >= 12
        && !reason.Contains("internal error", StringComparison.OrdinalIgnoreCase)
        && !reason.StartsWith("Exception of type", StringComparison.Ordinal)
        && !reason.StartsWith("Object reference", StringComparison.Ordinal);

    /// <summary>The corpus plans whose expected record is a plan, copied under "valid/"; returns their sources.</summary>
    private List<string> WriteValidPlans()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "valid")).FullName;
        var sources = new List<string>();
        foreach (var expected in Directory.GetFiles(RepoPaths.Corpus, "*.expected.json"))
        {
            if (File.ReadAllText(expected).Contains("\"error\"", StringComparison.Ordinal)) continue;
            var stem = Path.GetFileName(expected)[..^".expected.json".Length];
            var plan = Directory.GetFiles(RepoPaths.Corpus, stem + ".*").FirstOrDefault(p => !p.EndsWith(".json", StringComparison.Ordinal));
            if (plan is null) continue;
            File.Copy(plan, Path.Combine(folder, Path.GetFileName(plan)));
            sources.Add(Path.GetFileName(_root) + "/valid/" + Path.GetFileName(plan));
        }
        return sources;
    }

    private void WriteMutants(int seed, int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "fuzz")).FullName;
        var seeds = Directory.GetFiles(RepoPaths.Corpus)
            .Where(p => Path.GetExtension(p) is ".docx" or ".pdf" or ".txt")
            .Append(RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "formats", "th-cam-dong.xlsx"))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var mutant in new FuzzMutator(seed).Generate(seeds, count))
            File.WriteAllBytes(Path.Combine(folder, mutant.Name), mutant.Content);
    }

    private void Report(int seed, BatchSummary summary, IEnumerable<FileReport> reports, ReaderProcessPool pool, ReaderPoolOptions options)
    {
        var failures = reports.Where(r => !r.IsSuccess).GroupBy(r => Shape(r.Error!.Replace(r.File.Source, "FILE", StringComparison.Ordinal))).OrderByDescending(g => g.Count());
        var lines = new List<string>
        {
            $"seed {seed}: {summary.Files} files, {summary.Succeeded} read, {summary.Failed} failed, {summary.Plans} plans, {summary.Elapsed.TotalSeconds:0.0} s",
            $"reader restarts {pool.Restarts}, peak reader memory {pool.PeakReaderBytes >> 20} MB (bound {options.ResidentLimitBytes >> 20} MB × {options.WorkerCount} readers)",
            $"slowest file {reports.Max(r => r.Elapsed).TotalSeconds:0.0} s (deadline {Deadline.TotalSeconds:0} s)",
        };
        lines.AddRange(reports.OrderByDescending(r => r.Elapsed).Take(5).Select(r => $"slow: {r.File.Source} {r.Elapsed.TotalSeconds:0.0} s {r.Error}"));
        lines.AddRange(failures.Select(g => $"{g.Count(),5}  {g.Key}"));
        foreach (var line in lines) output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("FUZZ_REPORT") is { Length: > 0 } path) File.WriteAllLines(path, lines);
    }

    /// <summary>A reason without its numbers and names, so the figures group by kind.</summary>
    private static string Shape(string reason)
    {
        var shape = System.Text.RegularExpressions.Regex.Replace(reason, @"\d[\d.,]*", "N");
        return shape.Length > 110 ? shape[..110] : shape;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
