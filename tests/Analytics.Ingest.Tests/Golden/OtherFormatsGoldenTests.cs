using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>The plans in Fixtures/formats: corpus plans saved by LibreOffice as .doc, .rtf and .odt (their
/// expected records are the corpus ones with the source renamed) and a plan filled in Excel with a record
/// written by hand before the parser saw it. They live outside corpus/ so the search and text-repair tests
/// do not see the same plans twice; each conversion costs a LibreOffice start (about 5 s).</summary>
public sealed class OtherFormatsGoldenTests(ITestOutputHelper output)
{
    private static readonly IngestPipeline s_pipeline = DefaultPipeline.Create();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats");

    public static TheoryData<string> Documents() => new(DocumentNames());

    private static List<string> DocumentNames() =>
        Directory.EnumerateFiles(Folder)
            .Where(p => !p.EndsWith(GoldenCorpus.ExpectedSuffix, StringComparison.Ordinal) && File.Exists(ExpectedPath(p)))
            .Select(p => Path.GetFileName(p))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ExpectedPath(string document) =>
        Path.Combine(Folder, Path.GetFileNameWithoutExtension(document) + GoldenCorpus.ExpectedSuffix);

    [Theory]
    [Trait("Category", "Golden")]
    [MemberData(nameof(Documents))]
    public void Plan_in_another_format_yields_its_expected_record_with_every_item_matched(string document)
    {
        var expected = ExpectedOutcome.Load(ExpectedPath(document));
        var outcome = s_pipeline.Ingest(SourceFile.FromPath(Path.Combine(Folder, document)));
        var comparison = DocumentComparison.Of(document, expected, outcome);
        output.WriteLine(comparison.Describe());

        var fields = comparison.Checks.Where(c => !c.Field.EndsWith("gaps", StringComparison.Ordinal)).ToList();
        Assert.True(fields.Single(c => c.Field == "outcome").Ok, comparison.Describe());
        Assert.Equal(comparison.Items.Expected, comparison.Items.Matched);
        Assert.Equal(comparison.Items.Expected, comparison.Items.Actual);
        Assert.All(fields, f => Assert.True(f.Ok, comparison.Describe()));
    }

    [Fact]
    public void Every_format_read_by_conversion_and_the_workbook_are_measured()
    {
        var extensions = DocumentNames().Select(Path.GetExtension).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { ".doc", ".rtf", ".odt", ".xlsx" }, extensions);
    }
}
