using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Twins;

/// <summary>The committed print-path twins (Fixtures/twins: LibreOffice-printed corpus plans, scanned, faxed and
/// photographed) read through the default pipeline and scored against their born-digital expected records.
/// With TWINS_DIR set (scripts/measure-twins.sh) the same test measures that folder instead and writes the
/// report to TWINS_REPORT when it is set.</summary>
public sealed class TwinGoldenTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Twins")]
    public void Scanned_faxed_and_photographed_twins_read_at_least_their_floor()
    {
        var results = TwinMeasurement.Run(TwinMeasurement.Folder, DefaultPipeline.Create());
        var report = TwinReport.Format(results);
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("TWINS_REPORT") is { Length: > 0 } path) File.WriteAllText(path, report);

        Assert.NotEmpty(results);
        var failed = results.Where(r => r.Outcome.StartsWith("error", StringComparison.Ordinal)).Select(r => $"{r.Twin.Name}: {r.Outcome}").ToList();
        Assert.True(failed.Count == 0, "every twin is read as a plan:\n" + string.Join("\n", failed));
        foreach (var (family, score) in TwinReport.ByFamily(results))
        {
            var floor = TwinSettings.FloorOf(family);
            Assert.True(score.Criterion.F1 >= floor.Criterion, $"{family} criterion F1 {score.Criterion.F1:F3} < {floor.Criterion}");
            Assert.True(score.Budget.F1 >= floor.Budget, $"{family} budget F1 {score.Budget.F1:F3} < {floor.Budget}");
            Assert.True(score.Timeline.F1 >= floor.Timeline, $"{family} timeline F1 {score.Timeline.F1:F3} < {floor.Timeline}");
            Assert.True(score.Assessment.F1 >= floor.Assessment, $"{family} assessment F1 {score.Assessment.F1:F3} < {floor.Assessment}");
        }
    }
}
