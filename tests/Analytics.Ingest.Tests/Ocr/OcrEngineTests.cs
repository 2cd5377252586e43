using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Tests.Ocr;

public sealed class OcrEngineTests
{
    [Fact]
    public void Tesseract_runs_single_threaded_unless_the_user_chose_otherwise()
    {
        var preset = Environment.GetEnvironmentVariable(OmpThreadLimit.Variable);
        using var engine = TesseractEngine.Create(OcrOptions.Default).Value;
        Assert.Equal(string.IsNullOrWhiteSpace(preset) ? "1" : preset, OmpThreadLimit.NativeValue());
    }

    [Fact]
    public void Missing_language_model_is_a_failure_naming_the_model()
    {
        var created = TesseractEngine.Create(OcrOptions.Default with { Language = "xyz" });
        Assert.False(created.IsSuccess);
        Assert.Contains("language model 'xyz' not found", created.Error);
    }

    [Fact]
    public void Words_come_with_boxes_inside_the_page_and_confidences()
    {
        using var engine = TesseractEngine.Create(OcrOptions.Default).Value;
        var bytes = File.ReadAllBytes(OcrSamples.PathOf("plan-a-clean-p2.png"));
        using var image = PageImageDecoder.Decode(bytes, ImageFormat.Png, 0, ImageLimits.Default).Value;

        var page = engine.Recognize(image, 1, default).Value;

        Assert.NotEmpty(page.Words);
        Assert.All(page.Words, w => Assert.True(w.Box.Left >= 0 && w.Box.Right <= page.Width && w.Box.Top >= 0 && w.Box.Bottom <= page.Height));
        Assert.All(page.Words, w => Assert.InRange(w.Confidence, 0, 1));
        Assert.Contains(page.Words, w => w.Text == "Hiệu" && w.Confidence > 0.8);
    }
}
