using System.Text;
using Analytics.Ingest.Text;
using Analytics.Ingest.Text.LanguageModel;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>Measures the dumps of OCRTONE_DUMP (scripts/measure-ocr-tone.sh): syllable accuracy per family and
/// part, with the repair stage as it is for born-digital text ("before": the product before the tone stage) and as
/// it is for OCR text ("after"), and how much born-digital text the tone stage would change if it were read as OCR
/// text. The report goes to the test output and to OCRTONE_REPORT. Does nothing unless OCRTONE_DUMP is set.</summary>
public sealed class ToneMeasurementTool(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Measurement")]
    public void Measures_tone_accuracy_of_dumped_twins_when_asked()
    {
        if (Environment.GetEnvironmentVariable("OCRTONE_DUMP") is not { Length: > 0 } dump) return;
        var stage = new TextRepairStage(new VietnameseTextRepair(LanguageModelStore.Base.Value));
        var before = new Dictionary<string, ToneAccuracy>();
        var after = new Dictionary<string, ToneAccuracy>();
        var perPlan = new StringBuilder();
        var channel = new ToneChannelCounts();
        var errors = new StringBuilder();
        foreach (var (family, plan, ocr, digital) in ToneMeasurement.Twins(dump))
        {
            var tune = !ToneTwins.IsHeldOut(plan);
            var b = ToneMeasurement.Measure(ocr, digital, d => stage.Apply(ToneMeasurement.WithoutConfidence(d)), tune ? channel.Add : null);
            // The pairs of tune plans only: the held-out part is measured, never read.
            var a = ToneMeasurement.Measure(ocr, digital, stage.Apply, tune ? p => Changed(errors, plan, p) : null);
            foreach (var key in new[] { $"{family} {ToneTwins.Part(plan)}", $"all {ToneTwins.Part(plan)}" })
            {
                Sum(before, key).Add(b);
                Sum(after, key).Add(a);
            }
            perPlan.Append($"{family}/{plan} ({ToneTwins.Part(plan)}): {b.Accuracy * 100:F2} % → {a.Accuracy * 100:F2} % of {b.Aligned}\n");
        }
        var report = new StringBuilder("Before (no tone stage):\n").Append(ToneAccuracy.Table(Rows(before)))
            .Append("\nAfter:\n").Append(ToneAccuracy.Table(Rows(after)))
            .Append('\n').Append(Unchanged(dump, stage)).Append("\nPer twin:\n").Append(perPlan).ToString();
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("OCRTONE_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report);
            File.WriteAllText(path + ".tune-errors", errors.ToString());
        }
        if (Environment.GetEnvironmentVariable("OCRTONE_CHANNEL") is { Length: > 0 } table) File.WriteAllText(table, channel.Table());
    }

    private static void Changed(StringBuilder errors, string plan, AlignedPair pair)
    {
        if (pair.Kind is not (PairKind.Correct or PairKind.OtherLetters or PairKind.Dropped)) errors.Append($"{plan}\t{pair.Kind}\t{pair.Digital}\t{pair.Ocr}\n");
    }

    /// <summary>Born-digital text through the stage as OCR text: the share of words the tone stage changes.</summary>
    private static string Unchanged(string dump, TextRepairStage stage)
    {
        var builder = new StringBuilder("Correct text unchanged (born-digital documents read as OCR text at confidence 0.95):\n");
        foreach (var part in new[] { "tune", "heldout" })
        {
            int words = 0, changed = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(dump, "digital"), "*.txt").Order(StringComparer.Ordinal))
            {
                if (ToneTwins.Part(Path.GetFileNameWithoutExtension(file)) != part) continue;
                var document = DocumentDump.Read(file);
                var plain = ToneMeasurement.Lines(stage.Apply(document)).SelectMany(SyllableAlignment.Tokens).ToList();
                var asOcr = ToneMeasurement.Lines(stage.Apply(ToneMeasurement.WithConfidence(document, 0.95))).SelectMany(SyllableAlignment.Tokens).ToList();
                words += plain.Count;
                changed += plain.Count == asOcr.Count ? plain.Zip(asOcr).Count(p => p.First.Word != p.Second.Word) : Math.Abs(plain.Count - asOcr.Count) + 1;
            }
            builder.Append($"- {part}: {changed} of {words} words changed, {(words == 0 ? 0 : 100.0 * (words - changed) / words):F3} % unchanged\n");
        }
        return builder.ToString();
    }

    private static ToneAccuracy Sum(Dictionary<string, ToneAccuracy> sums, string key) =>
        sums.TryGetValue(key, out var s) ? s : sums[key] = new ToneAccuracy();

    private static IEnumerable<(string, ToneAccuracy)> Rows(Dictionary<string, ToneAccuracy> sums) =>
        sums.OrderBy(p => p.Key.StartsWith("all", StringComparison.Ordinal)).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));
}
