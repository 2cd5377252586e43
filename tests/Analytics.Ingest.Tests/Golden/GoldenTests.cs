using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Ingests every corpus document with the default pipeline and compares the records with the
/// hand-made expectations. Failure messages list which fields differ.</summary>
public sealed class GoldenTests(ITestOutputHelper output)
{
    private static readonly IngestPipeline s_pipeline = DefaultPipeline.Create();

    public static TheoryData<string> Documents => GoldenCorpus.Cases();

    [Theory(Skip = GoldenSettings.Skip)]
    [Trait("Category", "Golden")]
    [MemberData(nameof(Documents))]
    public void Document_yields_its_expected_records(string document)
    {
        var comparison = Run(document);
        output.WriteLine(comparison.Describe());
        var fields = comparison.Checks.Where(c => !c.Field.EndsWith("gaps", StringComparison.Ordinal)).ToList();
        var accuracy = fields.Count(c => c.Ok) / (double)fields.Count;
        output.WriteLine($"{document}: {accuracy:P1} of {fields.Count} fields other than gap categories match");
        Assert.True(fields.Single(c => c.Field == "outcome").Ok, comparison.Describe());
        Assert.True(accuracy >= GoldenSettings.MinimumDocumentFieldAccuracy, $"{accuracy:P1} < {GoldenSettings.MinimumDocumentFieldAccuracy:P0}\n{comparison.Describe()}");
    }

    [Fact(Skip = GoldenSettings.Skip)]
    [Trait("Category", "Golden")]
    public void Corpus_item_F1_stays_above_its_floor_and_reports_the_goal()
    {
        var comparisons = GoldenCorpus.Documents().Select(Run).ToList();
        var report = CorpusReport.Of(comparisons);
        output.WriteLine(report.ToString());
        foreach (var comparison in comparisons)
            output.WriteLine(FormattableString.Invariant(
                $"{comparison.Document,-40} items expected {comparison.Items.Expected,3}, extracted {comparison.Items.Actual,3}, matched {comparison.Items.Matched,3}; F1 {comparison.Items.F1:F3}"));
        foreach (var comparison in comparisons) output.WriteLine(comparison.Describe());
        output.WriteLine($"item F1 {report.Items.F1:F3}; goal {GoldenSettings.GoalItemF1} {(report.Items.F1 >= GoldenSettings.GoalItemF1 ? "met" : "NOT met")}");
        Assert.True(report.Items.F1 >= GoldenSettings.FloorItemF1,
            $"item F1 {report.Items.F1:F3} < floor {GoldenSettings.FloorItemF1}\n{report}");
    }

    private static DocumentComparison Run(string document)
    {
        var outcome = s_pipeline.Ingest(SourceFile.FromPath(GoldenCorpus.DocumentPath(document)));
        return DocumentComparison.Of(document, ExpectedOutcome.Load(GoldenCorpus.ExpectedPath(document)), outcome);
    }
}
