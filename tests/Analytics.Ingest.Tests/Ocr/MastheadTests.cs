using Analytics.Ingest.Readers;
using Analytics.Ingest.Tests.Golden;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>First pages of corpus plans printed and scanned: the two-column letterhead gives the document
/// number, the issue date and the school as the born-digital plan does (hand-written expected records).</summary>
public sealed class MastheadTests
{
    // Before the letterhead was cut into its columns, both pages read "Số: 96/KH-THXL Xuân Lai, ngày …" as one
    // line (number and date lost) and the school ran into the Quốc hiệu ("… Xuân Lai Độc", "… Phú Mậu Việt Nam").
    [Theory]
    [InlineData("th-xuan-lai.docx", "th-xuan-lai-scan-p1.jpg")]
    [InlineData("th-so-2-phu-mau.pdf", "th-so-2-phu-mau-scan-p1.jpg")]
    public void Scanned_letterhead_gives_the_number_date_and_school_of_the_born_digital_plan(string document, string scan)
    {
        var expected = ExpectedOutcome.Load(GoldenCorpus.ExpectedPath(document)).Plans.Single();

        var outcome = DefaultPipeline.Create().Ingest(SourceFile.FromPath(PrintedPages.PathOf(scan)));

        var record = Assert.Single(outcome.Records);
        Assert.Equal(expected.Document.Number, record.Document.Number);
        Assert.Equal(expected.Document.Date, record.Document.Date);
        Assert.Equal(expected.School.Name, record.School.Name);
    }
}
