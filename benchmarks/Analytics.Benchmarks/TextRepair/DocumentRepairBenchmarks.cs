using Analytics.Ingest.Text;
using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks.TextRepair;

/// <summary>Restoring whole unaccented documents on one core (issue #17): the held-out prose of
/// tests/…/Text/Data (heldout-admin.txt and heldout-general.txt, marks stripped; <see cref="Syllables"/> per
/// operation). Baseline: the sentence restorer alone, line by line (what RestorationBenchmarks and
/// restore-eval time: no line judgement, no document tone style); beside it the product's repair of the whole
/// document (<see cref="VietnameseTextRepair.Repair(string)"/>: line judgement, abbreviations, tone style),
/// and the same repair with the model's trigrams alone (its 4-gram layer taken off: the decoder of session 6).
/// With <c>PLANS_BASELINE_LM</c> naming a model file (e.g. main's, from <c>git show main:src/Ingest/Text/Model/vi-syllables.lm</c>),
/// the product's repair with that model runs beside the shipped one; without it, that row repeats the shipped model.
/// Each method also prints the median CPU time of its calls on its own thread (<see cref="ThreadCpuTime"/>) at the end
/// of its run: on a loaded machine that, not the wall-clock mean, is the speed on one core.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class DocumentRepairBenchmarks
{
    private string[] _lines = [];
    private string _document = "";
    private SentenceRestorer _lineByLine = null!;
    private VietnameseTextRepair _product = null!;
    private VietnameseTextRepair _trigramOnly = null!;
    private VietnameseTextRepair _baselineModel = null!;
    private readonly ThreadCpuTime _cpu = new();
    private string _method = "";

    /// <summary>Syllables the evaluator counts in the two files together (restore-eval).</summary>
    public const int Syllables = 5_237;

    [GlobalSetup]
    public void Setup()
    {
        var data = ModelBytes.Data();
        var model = data.ToModel();
        _trigramOnly = new VietnameseTextRepair((data with { Fourgrams = null }).ToModel());
        _lineByLine = new SentenceRestorer(model, new AccentCandidates(model, SyllableInventory.Default));
        _product = new VietnameseTextRepair(model);
        var baseline = Environment.GetEnvironmentVariable("PLANS_BASELINE_LM");
        _baselineModel = string.IsNullOrEmpty(baseline) ? _product : new VietnameseTextRepair(LanguageModelStore.Load(baseline).Value);
        _lines = new[] { "heldout-admin.txt", "heldout-general.txt" }
            .SelectMany(f => File.ReadAllLines(ModelBytes.RepoFile("tests/Analytics.Ingest.Tests/Text/Data/" + f)))
            .Where(l => l.Length > 0).Select(RestorationEvaluator.StripMarks).ToArray();
        _document = string.Join('\n', _lines);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_cpu.Report(_method, Syllables) is { } line) Console.WriteLine(line);
    }

    [Benchmark(Baseline = true)]
    public int Line_by_line_before() => Timed(nameof(Line_by_line_before), () =>
    {
        var n = 0;
        foreach (var line in _lines) n += _lineByLine.Restore(line).Length;
        return n;
    });

    [Benchmark]
    public int Product_whole_document() => Timed(nameof(Product_whole_document), () => _product.Repair(_document).Text.Length);

    [Benchmark]
    public int Whole_document_baseline_model() => Timed(nameof(Whole_document_baseline_model), () => _baselineModel.Repair(_document).Text.Length);

    [Benchmark]
    public int Whole_document_trigrams_only() => Timed(nameof(Whole_document_trigrams_only), () => _trigramOnly.Repair(_document).Text.Length);

    private int Timed(string method, Func<int> work)
    {
        _method = method;
        return _cpu.Measure(work);
    }
}
