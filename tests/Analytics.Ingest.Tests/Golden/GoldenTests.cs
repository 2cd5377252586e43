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
        Assert.True(comparison.Differences.Count == 0, comparison.Describe());
    }

    [Fact(Skip = GoldenSettings.Skip)]
    [Trait("Category", "Golden")]
    public void Corpus_item_F1_reaches_the_minimum()
    {
        var comparisons = GoldenCorpus.Documents().Select(Run).ToList();
        var report = CorpusReport.Of(comparisons);
        output.WriteLine(report.ToString());
        foreach (var comparison in comparisons) output.WriteLine(comparison.Describe());
        Assert.True(report.Items.F1 >= GoldenSettings.MinimumItemF1,
            $"item F1 {report.Items.F1:F3} < {GoldenSettings.MinimumItemF1}\n{report}");
    }

    private static DocumentComparison Run(string document)
    {
        var outcome = s_pipeline.Ingest(SourceFile.FromPath(GoldenCorpus.DocumentPath(document)));
        return DocumentComparison.Of(document, ExpectedOutcome.Load(GoldenCorpus.ExpectedPath(document)), outcome);
    }
}
