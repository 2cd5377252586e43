using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Analytics.Benchmarks.Ocr;

/// <summary>The cost of a photographed page: phone photos of printed plans (the committed photo twins: tint, uneven
/// light, skew, perspective, desk border, curl, JPEG), read by the product (sheet found and straightened, scaled
/// to the sheet's real resolution, flattened, dewarped, deskewed, rules and cells) against the `tesseract` command
/// on the same JPEGs the best way a user can (one single-threaded process per core; a phone states no density,
/// so the command estimates it as it would for the user). Beside them the product's preparation alone.
/// Run: dotnet run -c Release --project benchmarks/Analytics.Benchmarks -- --filter '*PhotoPageThroughput*'</summary>
[MemoryDiagnoser]
[Config(typeof(Short))]
public class PhotoPageThroughputBenchmarks
{
    /// <summary>Two measured cold runs each: on the shared machine one run is minutes long.</summary>
    private sealed class Short : ManualConfig
    {
        public Short() => AddJob(ColdRunJob.Of(TimeSpan.FromMinutes(30), warmups: 0, iterations: 2));
    }

    /// <summary>Four pages: an item table over a page break (duc-manh) and an assessment table (thanh-phu).</summary>
    private static readonly string[] Pages = ["thcs-duc-manh-p1.jpg", "thcs-duc-manh-p2.jpg", "thpt-thanh-phu-p1.jpg", "thpt-thanh-phu-p2.jpg"];

    private List<(string Image, int Dpi)> _pages = [];
    private OcrEnginePool _pool = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = PageBenchmarkTools.TwinFolder("photo");
        _pages = Pages.Select(p => (Path.Combine(folder, p), 0)).ToList();
        _pool = new OcrEnginePool(OcrOptions.Default);
        Console.WriteLine($"// {_pages.Count} photographed pages; engine pool of {_pool.Workers}");
    }

    [Benchmark(Baseline = true, Description = "tesseract command, OMP_THREAD_LIMIT=1, one process per core")]
    public int TesseractCommand()
    {
        var characters = 0;
        Parallel.ForEach(_pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            page => Interlocked.Add(ref characters, PageBenchmarkTools.Run("tesseract", page.Image, "stdout", "-l", "vie").Length));
        return characters;
    }

    [Benchmark(Description = "product: photo pages, tables cell by cell")]
    public int Product()
    {
        var blocks = 0;
        var reader = new ImageReader(ImageFormat.Jpeg, _pool);
        Parallel.ForEach(_pages, new ParallelOptions { MaxDegreeOfParallelism = _pool.Workers }, page =>
        {
            var read = reader.Read(SourceFile.FromPath(page.Image));
            if (!read.IsSuccess) throw new InvalidOperationException($"{page.Image}: {read.Error}");
            Interlocked.Add(ref blocks, read.Value.Blocks.Count);
        });
        return blocks;
    }

    [Benchmark(Description = "product's page preparation alone (no recognition)")]
    public int PreparationOnly() => PageBenchmarkTools.Prepare(_pages);

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();
}
