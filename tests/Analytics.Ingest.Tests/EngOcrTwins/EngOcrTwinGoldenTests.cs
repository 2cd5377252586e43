using Analytics.Ingest.Tests.Twins;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.EngOcrTwins;

/// <summary>The committed eng-OCR twins (Fixtures/engocr-twins: corpus plans printed, scanned and OCR'd with
/// Tesseract's English model, the text kept as .txt, as seed 003) read through the default pipeline and scored
/// against their born-digital expected records (issue #17). With ENGOCR_TWINS_DIR set
/// (scripts/measure-engocr-twins.sh) the same test measures that folder and writes the report to
/// ENGOCR_TWINS_REPORT when it is set.</summary>
public sealed class EngOcrTwinGoldenTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Twins")]
    public void English_model_OCR_text_of_printed_plans_reads_at_least_its_floor()
    {
        var measured = EngOcrTwinMeasurement.Run(EngOcrTwinMeasurement.Folder, DefaultPipeline.Create());
        var results = measured.Select(r => r.Twin).ToList();
        var items = measured.Aggregate(Golden.ItemScore.Zero, (sum, r) => sum.Add(r.Items));
        var report = TwinReport.Format(results) + $"\nitem F1 (criterion, budget and timeline all equal): {items.F1:F3} ({items.Matched} of {items.Expected} expected, {items.Actual} found)\n";
        if (Environment.GetEnvironmentVariable("ENGOCR_TWINS_DETAIL") is { Length: > 0 })
            report += "\n" + string.Concat(measured.Select(r => r.Detail));
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("ENGOCR_TWINS_REPORT") is { Length: > 0 } path) File.WriteAllText(path, report);

        Assert.NotEmpty(results);
        var failed = results.Where(r => r.Outcome.StartsWith("error", StringComparison.Ordinal)).Select(r => $"{r.Twin.Name}: {r.Outcome}").ToList();
        Assert.True(failed.Count == 0, "every twin is read as a plan:\n" + string.Join("\n", failed));
        var score = TwinReport.ByFamily(results)[EngOcrTwinMeasurement.Family];
        var floor = EngOcrTwinSettings.Floor;
        Assert.True(score.Criterion.F1 >= floor.Criterion, $"criterion F1 {score.Criterion.F1:F3} < {floor.Criterion}");
        Assert.True(score.Budget.F1 >= floor.Budget, $"budget F1 {score.Budget.F1:F3} < {floor.Budget}");
        Assert.True(score.Timeline.F1 >= floor.Timeline, $"timeline F1 {score.Timeline.F1:F3} < {floor.Timeline}");
        Assert.True(score.Assessment.F1 >= floor.Assessment, $"assessment F1 {score.Assessment.F1:F3} < {floor.Assessment}");
        Assert.True(items.F1 >= floor.Item, $"item F1 {items.F1:F3} < {floor.Item}");
    }
}
