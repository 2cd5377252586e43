using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Syllable accuracy against the accented truth the samples were rendered from.</summary>
public sealed class OcrAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Clean_300_dpi_render_is_read_with_at_least_97_percent_syllable_accuracy()
    {
        var reader = new ImageReader(ImageFormat.Png);
        var text = string.Join('\n', new[] { "plan-a-clean-p1.png", "plan-a-clean-p2.png" }.Select(name =>
        {
            var read = reader.Read(SourceFile.FromPath(OcrSamples.PathOf(name)));
            Assert.True(read.IsSuccess, read.Error);
            return OcrSamples.TextOf(read.Value);
        }));

        var accuracy = SyllableAccuracy.Measure(OcrSamples.Truth("plan-a"), text);
        output.WriteLine($"syllable accuracy, clean 300 dpi (plan-a, 2 pages): {accuracy:P2}");
        output.WriteLine(text);
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:P2}");
    }
}
