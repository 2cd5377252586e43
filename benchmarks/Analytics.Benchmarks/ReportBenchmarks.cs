using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Pipeline;
using Analytics.Analysis.Reports;
using Analytics.Benchmarks.Generation;
using Analytics.Ingest.Store;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>A full `plans report` over a generated collection of 100,000 plans read from a RecordStore:
/// load, classify, aggregate, themes, and write the report. Baseline: the same with categories taken
/// from the records alone (no classifier training or classification, no themes).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 0, iterationCount: 3, invocationCount: 1)]
public class ReportBenchmarks
{
    private string _data = "";

    [Params(100_000)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = Path.Combine(Path.GetTempPath(), $"plans-bench-{Plans}");
        var store = new RecordStore(_data);
        if (store.All().Take(1).Any() && Directory.GetFiles(Path.Combine(_data, "records")).Length == Plans) return;
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
        Parallel.ForEach(SyntheticPlans.Generate(Plans), store.Put);
    }

    [Benchmark(Baseline = true)]
    public long RecordsOnly_xlsx() => Run(GapSource.Record, findThemes: false, "xlsx");

    [Benchmark]
    public long Full_docx() => Run(GapSource.Policy, findThemes: true, "docx");

    [Benchmark]
    public long Full_xlsx() => Run(GapSource.Policy, findThemes: true, "xlsx");

    [Benchmark]
    public long Full_html() => Run(GapSource.Policy, findThemes: true, "html");

    private long Run(GapSource source, bool findThemes, string format)
    {
        // As `plans report` does it: the classifier trains while the records load.
        var request = new ReportRequest { AsOf = new DateOnly(2025, 11, 25), GapSource = source, FindThemes = findThemes };
        var training = ReportPipeline.StartClassifier(request);
        var records = new RecordStore(_data).AllRecords().ToList();
        var (report, _) = ReportPipeline.Run(records, request, training);
        using var output = new MemoryStream();
        ReportWriters.For(format).Write(report, output);
        return output.Length;
    }
}
