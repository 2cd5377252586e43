using Analytics.Ingest.Text;
using Analytics.Ingest.Text.Restoration;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks.TextRepair;

/// <summary>Throughput on one core of the tone and mark repair for Vietnamese-OCR text (the OcrTone stage): the
/// committed held-out plan text with its marks (what Vietnamese OCR reads, nearly all of it right), repeated to about
/// 10,840 syllables per operation as in <see cref="RestorationBenchmarks"/>. Divide <see cref="Syllables"/> by the
/// mean time for syllables per second; beside it, diacritic restoration of the same text without marks.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ToneRepairBenchmarks
{
    private string[] _accented = [];
    private string[] _unaccented = [];
    private SentenceRestorer _tone = null!;
    private SentenceRestorer _accents = null!;

    public const int Syllables = RestorationBenchmarks.Syllables;

    [GlobalSetup]
    public void Setup()
    {
        var repair = new VietnameseTextRepair(ModelBytes.Data().ToModel());
        _tone = repair.ToneRestorer;
        _accents = repair.AccentRestorer;
        var text = File.ReadAllLines(ModelBytes.RepoFile("tests/Analytics.Ingest.Tests/Text/Data/domain-heldout.txt")).Where(l => l.Length > 0).ToArray();
        _accented = Enumerable.Repeat(text, 10).SelectMany(l => l).ToArray();
        _unaccented = _accented.Select(RestorationEvaluator.StripMarks).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Diacritic_restoration()
    {
        var n = 0;
        foreach (var line in _unaccented) n += _accents.Restore(line).Length;
        return n;
    }

    [Benchmark]
    public int Tone_repair_of_ocr_text()
    {
        var n = 0;
        foreach (var line in _accented) n += _tone.Restore(line).Length;
        return n;
    }
}
