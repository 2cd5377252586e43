using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Readers.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Broken, hostile and pathological images come back as one clear reason each; nothing crashes.</summary>
public sealed class OcrBadInputTests
{
    private static string BadInput(string name) => Path.Combine(OcrSamples.Folder, "..", "BadInputs", name);

    private static byte[] Sample(string name) => File.ReadAllBytes(OcrSamples.PathOf(name));

    [Fact]
    public void Truncated_png_is_refused_as_corrupt()
    {
        var bytes = Sample("plan-a-clean-p2.png");
        var read = new ImageReader(ImageFormat.Png).Read(new SourceFile("cut.png", bytes.AsMemory(0, bytes.Length / 3)));
        Assert.False(read.IsSuccess);
        Assert.Contains("corrupt or truncated", read.Error);
    }

    [Fact]
    public void Jpeg_cut_after_its_header_is_refused_as_corrupt()
    {
        var bytes = Sample("plan-b-photo-p2.jpg");
        var read = new ImageReader(ImageFormat.Jpeg).Read(new SourceFile("cut.jpg", bytes.AsMemory(0, 600)));
        Assert.False(read.IsSuccess);
        Assert.Contains("corrupt or truncated", read.Error);
    }

    [Fact]
    public void Empty_image_file_is_refused()
    {
        var read = new ImageReader(ImageFormat.Png).Read(new SourceFile("empty.png", Array.Empty<byte>()));
        Assert.Equal("empty file", read.Error);
    }

    [Fact]
    public void One_pixel_image_is_refused_as_too_small_to_hold_text()
    {
        var read = new ImageReader(ImageFormat.Png).Read(SourceFile.FromPath(BadInput("one-pixel.png")));
        Assert.False(read.IsSuccess);
        Assert.Contains("1×1 pixels, too small", read.Error);
    }

    [Fact]
    public void Image_of_20000_by_20000_pixels_is_refused_from_its_header_before_decoding()
    {
        var before = GC.GetTotalMemory(false);
        var read = new ImageReader(ImageFormat.Png).Read(SourceFile.FromPath(BadInput("huge-20000x20000.png")));
        Assert.False(read.IsSuccess);
        Assert.Contains("20000×20000 pixels, above the 60 megapixel limit", read.Error);
        Assert.True(Environment.WorkingSet < 2L * 1024 * 1024 * 1024, "the refused image must not have been decoded");
        _ = before;
    }

    [Fact]
    public void Oversized_jpeg_is_decoded_at_a_reduced_scale_instead_of_refused()
    {
        var bytes = Sample("plan-b-photo-p1.jpg");
        var decoded = PageImageDecoder.Decode(bytes, ImageFormat.Jpeg, 0, new ImageLimits { MaxPixels = 1_100_000 });
        Assert.True(decoded.IsSuccess, decoded.Error);
        using var page = decoded.Value;
        Assert.True((long)page.Pix.Width * page.Pix.Height <= 1_100_000);
        Assert.Contains("decoded at 1/2 scale", page.Warning);
    }

    [Fact]
    public void Pdf_page_with_no_image_and_no_text_is_reported_as_blank()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        var read = new ScannedPdfReader(new PdfReader()).Read(new SourceFile("blank.pdf", builder.Build()));
        Assert.False(read.IsSuccess);
        Assert.Equal("page 1: blank page: no text layer, no image, nothing drawn", read.Error);
    }

    [Fact]
    public void Page_that_exceeds_the_OCR_deadline_fails_with_the_deadline_as_reason()
    {
        using var pool = new OcrEnginePool(OcrOptions.Default with { PageDeadline = TimeSpan.FromMilliseconds(1), Workers = 1 });
        var read = new ImageReader(ImageFormat.Png, pool).Read(SourceFile.FromPath(OcrSamples.PathOf("plan-a-clean-p2.png")));
        Assert.False(read.IsSuccess);
        Assert.StartsWith("page 1: OCR took longer than the 0.001 s page deadline (stopped in ", read.Error);
    }

    [Fact]
    public void A_batch_of_bad_images_gives_one_reason_per_file_and_reads_the_good_one()
    {
        var pipeline = DefaultPipeline.Create();
        var good = Sample("plan-a-clean-p2.png");
        var files = new[]
        {
            new SourceFile("empty.png", Array.Empty<byte>()),
            new SourceFile("cut.png", good.AsMemory(0, 200)),
            SourceFile.FromPath(BadInput("one-pixel.png")),
            SourceFile.FromPath(BadInput("huge-20000x20000.png")),
            new SourceFile("good.png", good),
        };

        var outcomes = files.Select(f => (f.Source, Read: pipeline.Read(f))).ToList();

        Assert.All(outcomes.Take(4), o => Assert.False(o.Read.IsSuccess, o.Source));
        Assert.All(outcomes.Take(4), o => Assert.False(string.IsNullOrWhiteSpace(o.Read.Error)));
        Assert.True(outcomes[4].Read.IsSuccess, outcomes[4].Read.Error);
        Assert.Contains(outcomes[4].Read.Value.Blocks.OfType<Model.TextBlock>(), b => b.Text.StartsWith("Hiệu trưởng chịu trách nhiệm"));
    }
}
