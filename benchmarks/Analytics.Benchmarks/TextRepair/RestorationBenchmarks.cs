using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks.TextRepair;

/// <summary>Diacritic restoration throughput on one core: unaccented plan text (the committed held-out
/// evaluation text, marks stripped, repeated to about 10,800 syllables per operation). Divide
/// <see cref="Syllables"/> by the mean time for syllables per second. Baseline: the same decoder over a
/// Dictionary-backed model; beside it the previous decoder (<see cref="PreviousRestorer"/>) on the product's model.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class RestorationBenchmarks
{
    private string[] _lines = [];
    private SentenceRestorer _hashed = null!;
    private SentenceRestorer _dictionary = null!;
    private PreviousRestorer _previous = null!;

    public const int Syllables = 10_840;

    [GlobalSetup]
    public void Setup()
    {
        var data = ModelBytes.Data();
        var model = data.ToModel();
        var inventory = SyllableInventory.Default;
        var candidates = new AccentCandidates(model, inventory);
        _hashed = new SentenceRestorer(model, candidates);
        _previous = new PreviousRestorer(model, candidates);
        var baseline = new DictionaryScorer(data);
        _dictionary = new SentenceRestorer(baseline, new AccentCandidates(baseline, inventory));
        var text = File.ReadAllLines(ModelBytes.RepoFile("tests/Analytics.Ingest.Tests/Text/Data/domain-heldout.txt"))
            .Where(l => l.Length > 0).Select(RestorationEvaluator.StripMarks).ToArray();
        _lines = Enumerable.Repeat(text, 10).SelectMany(l => l).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Dictionary_model()
    {
        var n = 0;
        foreach (var line in _lines) n += _dictionary.Restore(line).Length;
        return n;
    }

    [Benchmark]
    public int Previous_decoder()
    {
        var n = 0;
        foreach (var line in _lines) n += _previous.Restore(line).Length;
        return n;
    }

    [Benchmark]
    public int Product_model()
    {
        var n = 0;
        foreach (var line in _lines) n += _hashed.Restore(line).Length;
        return n;
    }
}
