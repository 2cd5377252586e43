using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Pdf;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>A scanned page made searchable elsewhere (either way, the page is read again from its image): `tesseract page.jpg out -l eng pdf` (English model, what
/// scanner software and ocrmypdf do by default) and the same with `-l vie`, on a printed corpus page.</summary>
public sealed class ForeignOcrLayerTests
{
    [Fact]
    public void An_english_model_text_layer_over_a_scan_is_read_again_from_the_image()
    {
        var quality = new PdfReader().AssessTextLayer(SourceFile.FromPath(PrintedPages.PathOf("th-xuan-lai-scan-p1-ocr-eng.pdf"))).Value;

        var page = Assert.Single(quality);
        Assert.Equal(OcrLayer.Foreign, page.OcrLayer);
        Assert.True(page.NeedsOcr);
    }

    [Fact]
    public void A_vietnamese_model_text_layer_over_a_scan_is_read_again_from_the_image_too()
    {
        var quality = new PdfReader().AssessTextLayer(SourceFile.FromPath(PrintedPages.PathOf("th-xuan-lai-scan-p1-ocr-vie.pdf"))).Value;

        var page = Assert.Single(quality);
        Assert.Equal(OcrLayer.Vietnamese, page.OcrLayer);
        Assert.True(page.NeedsOcr);
    }

    [Theory]
    [InlineData("th-xuan-lai-scan-p1-ocr-eng.pdf")]
    [InlineData("th-xuan-lai-scan-p1-ocr-vie.pdf")]
    public void Searchable_pdf_gives_the_same_record_as_its_scan(string searchable)
    {
        var pipeline = DefaultPipeline.Create();

        var scan = Assert.Single(pipeline.Ingest(SourceFile.FromPath(PrintedPages.PathOf("th-xuan-lai-scan-p1.jpg"))).Records);
        var pdf = Assert.Single(pipeline.Ingest(SourceFile.FromPath(PrintedPages.PathOf(searchable))).Records);

        Assert.Equal("96/KH-THXL", pdf.Document.Number);
        Assert.Equal(scan.Document, pdf.Document);
        Assert.Equal(scan.School, pdf.School);
        Assert.Equal(scan.Weaknesses, pdf.Weaknesses);
        Assert.Equal(scan.Items.Select(i => (i.Criterion, i.Timeline, i.Budget)), pdf.Items.Select(i => (i.Criterion, i.Timeline, i.Budget)));
    }
}
