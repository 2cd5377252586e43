using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Sample renders turned by quarter turns (as pages put sideways or upside down on a scanner, or
/// photographed in landscape) are found turned and read as if they had been upright.</summary>
public sealed class OrientationTests(ITestOutputHelper output)
{
    // Loading the osd model once for all cases; the detector is not thread-safe, and xunit runs a class's cases one at a time.
    private static readonly Lazy<PageOrientation> Detector = new(() => PageOrientation.Create(null, PreprocessOptions.Default));

    private static DecodedPage Turned(string name, int page, int clockwiseTurns)
    {
        var format = Path.GetExtension(name) switch { ".jpg" => ImageFormat.Jpeg, ".tif" => ImageFormat.Tiff, _ => ImageFormat.Png };
        using var upright = PageImageDecoder.Decode(File.ReadAllBytes(OcrSamples.PathOf(name)), format, page, ImageLimits.Default).Value;
        return new DecodedPage(LeptonicaApi.pixRotateOrth(upright.Pix, clockwiseTurns), upright.Resolution, null);
    }

    [Theory]
    [InlineData("plan-a-clean-p1.png", 0)]
    [InlineData("plan-a-clean-p1.png", 1)]
    [InlineData("plan-b-photo-p1.jpg", 0)]
    [InlineData("plan-b-photo-p1.jpg", 2)]
    [InlineData("plan-b-photo-p2.jpg", 3)]
    [InlineData("plan-c-fax.tif", 1)]
    [InlineData("plan-c-fax.tif", 2)]
    [InlineData("plan-c-fax.tif", 3)]
    public void Page_turned_by_quarter_turns_is_found_turned_by_as_much(string sample, int clockwiseTurns)
    {
        using var page = Turned(sample, 0, clockwiseTurns);
        using var gray = LeptonicaApi.pixConvertTo8(page.Pix, 0);
        Assert.Equal((4 - clockwiseTurns) % 4, Detector.Value.QuarterTurnsToUpright(gray, 300));
    }

    [Fact]
    public void Plans_photographed_sideways_and_upside_down_are_read_like_upright_ones()
    {
        var failures = new List<string>();
        foreach (var (plan, pages, minimum) in new[]
                 {
                     ("plan-a", new[] { ("plan-a-clean-p1.png", 1), ("plan-a-clean-p2.png", 2) }, 0.97),
                     ("plan-b", new[] { ("plan-b-photo-p1.jpg", 3), ("plan-b-photo-p2.jpg", 2) }, 0.93),
                 })
        {
            var sources = pages.Select((p, i) => new PageSource(i + 1, () => Turned(p.Item1, 0, p.Item2))).ToList();
            var results = OcrPageRunner.RecognizeAll(sources, OcrEnginePool.Shared, default);
            var document = OcrDocumentBuilder.Build(plan, "image", results, 0.6);
            Assert.True(document.IsSuccess, document.Error);

            var accuracy = SyllableAccuracy.Measure(OcrSamples.Truth(plan), OcrSamples.TextOf(document.Value));
            var turns = string.Join(", ", pages.Select(p => $"{p.Item2 * 90}°"));
            output.WriteLine($"syllable accuracy, {plan} pages turned {turns}: {accuracy:P2}");
            if (accuracy < minimum) failures.Add($"{plan}: {accuracy:P2}");
            Assert.Equal(pages.Length, document.Value.Warnings.Count(w => w.Contains("turned upright")));
        }
        Assert.Empty(failures);
    }
}
