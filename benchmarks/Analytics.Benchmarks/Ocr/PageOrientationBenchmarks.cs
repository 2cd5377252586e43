using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Analytics.Benchmarks.Ocr;

/// <summary>What turning pages upright costs per page: one degraded photo page recognised by an engine
/// without orientation detection (Baseline), with it (an upright page pays only the Leptonica screen), and
/// the same page turned a quarter (screen, Tesseract OSD, rotation); plus Tesseract OSD alone on the upright
/// page, the cost every page would pay if OSD ran without the screen.
/// Run: dotnet run -c Release --project benchmarks/Analytics.Benchmarks -- --filter '*PageOrientation*'</summary>
[MemoryDiagnoser]
[Config(typeof(Short))]
public class PageOrientationBenchmarks
{
    private sealed class Short : ManualConfig
    {
        public Short() => AddJob(ColdRunJob.Of(TimeSpan.FromMinutes(10), warmups: 1, iterations: 5));
    }

    private TesseractEngine _plain = null!;
    private TesseractEngine _orienting = null!;
    private PageOrientation _orientation = null!;
    private DecodedPage _upright = null!;
    private DecodedPage _turned = null!;
    private PixHandle _gray = null!;

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.Combine(Samples(), "plan-b-photo-p1.jpg");
        _upright = PageImageDecoder.Decode(File.ReadAllBytes(file), ImageFormat.Jpeg, 0, ImageLimits.Default).Value;
        _turned = new DecodedPage(LeptonicaApi.pixRotateOrth(_upright.Pix, 1), _upright.Resolution, null);
        _gray = LeptonicaApi.pixConvertTo8(_upright.Pix, 0);
        _plain = TesseractEngine.Create(OcrOptions.Default with { Preprocess = PreprocessOptions.Default with { DetectOrientation = false } }).Value;
        _orienting = TesseractEngine.Create(OcrOptions.Default).Value;
        _orientation = PageOrientation.Create(null, PreprocessOptions.Default);
    }

    [Benchmark(Baseline = true, Description = "upright page, no orientation detection")]
    public int Plain() => _plain.Recognize(_upright, 1, default).Value.Words.Count;

    [Benchmark(Description = "upright page, screen (default)")]
    public int Screened() => _orienting.Recognize(_upright, 1, default).Value.Words.Count;

    [Benchmark(Description = "page turned 90°, screen + OSD + rotation (default)")]
    public int Turned() => _orienting.Recognize(_turned, 1, default).Value.Words.Count;

    [Benchmark(Description = "Tesseract OSD alone on the upright page")]
    public int OsdAlone() => _orientation.AskOsdForBenchmark(_gray, 300);

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _orienting.Dispose();
        _orientation.Dispose();
        _upright.Dispose();
        _turned.Dispose();
        _gray.Dispose();
    }

    private static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Analytics.Ingest.Tests", "Ocr", "Samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("OCR samples not found");
    }
}
