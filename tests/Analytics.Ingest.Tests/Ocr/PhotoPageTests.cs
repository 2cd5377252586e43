using Analytics.Ingest.Readers;
using Analytics.Ingest.Tests.Golden;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>A printed corpus page photographed (seeded: desk border, 1.5–2.5° tilt, slight perspective, paper
/// tint, light falling off from one side, JPEG) and the same page scanned.</summary>
public sealed class PhotoPageTests
{
    [Fact]
    public void Photographed_page_is_cut_from_the_desk_and_reads_like_the_born_digital_plan()
    {
        var expected = ExpectedOutcome.Load(GoldenCorpus.ExpectedPath("th-xuan-lai.docx")).Plans.Single();

        var outcome = DefaultPipeline.Create().Ingest(SourceFile.FromPath(PrintedPages.PathOf("th-xuan-lai-photo-p1.jpg")));

        var record = Assert.Single(outcome.Records);
        Assert.Contains(record.Warnings, w => w.Message.Contains("sheet found and straightened"));
        Assert.Equal(expected.Document.Number, record.Document.Number);
        Assert.Equal(expected.Document.Date, record.Document.Date);
        Assert.Equal(expected.School.Name, record.School.Name);
        Assert.Equal(expected.Document.Title, record.Document.Title);
    }

    [Fact]
    public void Scanned_page_is_not_taken_for_a_photo()
    {
        var outcome = DefaultPipeline.Create().Ingest(SourceFile.FromPath(PrintedPages.PathOf("th-xuan-lai-scan-p1.jpg")));

        var record = Assert.Single(outcome.Records);
        Assert.DoesNotContain(record.Warnings, w => w.Message.Contains("sheet found"));
    }
}
