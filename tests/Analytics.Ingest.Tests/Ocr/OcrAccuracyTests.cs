using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Readers.Pdf;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Syllable accuracy against the accented truth the samples were rendered from
/// (scripts/make-ocr-samples.sh). Figures are printed; run with --logger "console;verbosity=detailed".</summary>
public sealed class OcrAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Clean_300_dpi_render_is_read_with_at_least_97_percent_syllable_accuracy()
    {
        var pages = new[] { "plan-a-clean-p1.png", "plan-a-clean-p2.png" }.Select(name => SourceFile.FromPath(OcrSamples.PathOf(name))).ToList();
        var read = new PageSetReader().Read(PageSetFile.Pack("plan-a-clean.png", pages));
        Assert.True(read.IsSuccess, read.Error);

        var accuracy = SyllableAccuracy.Measure(OcrSamples.Truth("plan-a"), OcrSamples.TextOf(read.Value));
        output.WriteLine($"syllable accuracy, clean 300 dpi PNG (plan-a, 2 pages): {accuracy:P2}");
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:P2}");
    }

    [Fact]
    public void Degraded_scans_and_photos_are_read_with_at_least_93_percent_syllable_accuracy()
    {
        var photos = new[] { "plan-b-photo-p1.jpg", "plan-b-photo-p2.jpg" }.Select(name => SourceFile.FromPath(OcrSamples.PathOf(name))).ToList();
        var samples = new (string Label, string Plan, Func<Result<Model.SourceDocument>> Read)[]
        {
            ("image-only PDF, 150 dpi, 0.8°, blur+noise", "plan-a", () => new ScannedPdfReader(new PdfReader()).Read(SourceFile.FromPath(OcrSamples.PathOf("plan-a-scan.pdf")))),
            ("phone photos (2 JPEGs), 200 dpi, -1.6°, side light, q45", "plan-b", () => new PageSetReader().Read(PageSetFile.Pack("plan-b-photo.jpg", photos))),
            ("multi-page G4 TIFF, 300 dpi, 0.6°, noise", "plan-c", () => new ImageReader(ImageFormat.Tiff).Read(SourceFile.FromPath(OcrSamples.PathOf("plan-c-fax.tif")))),
        };

        var failures = new List<string>();
        foreach (var (label, plan, read) in samples)
        {
            var document = read();
            Assert.True(document.IsSuccess, $"{label}: {document.Error}");
            var accuracy = SyllableAccuracy.Measure(OcrSamples.Truth(plan), OcrSamples.TextOf(document.Value));
            output.WriteLine($"syllable accuracy, {label} ({plan}): {accuracy:P2}");
            if (accuracy < 0.93) failures.Add($"{label}: {accuracy:P2}");
        }
        Assert.Empty(failures);
    }
}
