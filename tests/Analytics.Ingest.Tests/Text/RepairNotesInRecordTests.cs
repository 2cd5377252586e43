using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Text;

/// <summary>What text repair changed reaches the stored record (it used to stop at the document model, so a
/// plan restored from unaccented text showed no repair at all).</summary>
public sealed class RepairNotesInRecordTests
{
    private static readonly IngestPipeline s_pipeline = DefaultPipeline.Create();

    [Fact]
    public void Plan_typed_without_diacritics_carries_its_repairs_into_the_record()
    {
        var outcome = Ingest("th-ngoc-chuc-1.txt");

        var record = Assert.Single(outcome.Records);
        Assert.NotEmpty(record.Repairs);
        Assert.Contains(record.Repairs, r => r.Original.Contains("Thu vien", StringComparison.Ordinal) && r.Repaired.Contains("Thư viện", StringComparison.Ordinal));
    }

    [Fact]
    public void Accented_plan_has_no_repairs()
    {
        var outcome = Ingest("thcs-bac-ly.txt");

        Assert.All(outcome.Records, r => Assert.Empty(r.Repairs));
    }

    private static IngestOutcome Ingest(string name)
    {
        var outcome = s_pipeline.Ingest(new SourceFile(name, File.ReadAllBytes(RepoPaths.Combine("corpus", name))));
        Assert.True(outcome.IsSuccess, outcome.Error);
        return outcome;
    }
}
