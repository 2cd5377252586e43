using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Readers.Pdf;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Analytics.Benchmarks.Ocr;

/// <summary>Issue #13's throughput acceptance: scanned plans with ruled tables (the committed scan twins, image-only
/// PDFs), read by the product (ScannedPdfReader over the engine pool: preprocessing, rules, cell-by-cell table
/// OCR, layout) against the `tesseract` command run the best way a user can — the page images taken out of the
/// PDF once (pdfimages, not timed), then one single-threaded process per core (OMP_THREAD_LIMIT=1) with the
/// pages' real resolution (--dpi). Both sides read the same pixels; documents run side by side on both.
/// Run: dotnet run -c Release --project benchmarks/Analytics.Benchmarks -- --filter '*ScannedTableThroughput*'</summary>
[MemoryDiagnoser]
[Config(typeof(Short))]
public partial class ScannedTableThroughputBenchmarks
{
    /// <summary>Two measured cold runs each: on the shared machine one run is minutes long.</summary>
    private sealed class Short : ManualConfig
    {
        public Short() => AddJob(ColdRunJob.Of(TimeSpan.FromMinutes(30), warmups: 0, iterations: 2));
    }

    /// <summary>Two twins, four 200-dpi pages: item tables cut by a page break, a stamp and a signature.</summary>
    private static readonly string[] Twins = ["thcs-ham-kiem", "lc-th-thcs-truong-long-a"];

    private readonly List<string> _pdfs = [];
    private readonly List<(string Image, int Dpi)> _pages = [];
    private string _extracted = "";
    private OcrEnginePool _pool = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = PageBenchmarkTools.TwinFolder("scan");
        _extracted = Directory.CreateTempSubdirectory("scan-throughput-").FullName;
        foreach (var twin in Twins)
        {
            var pdf = Path.Combine(folder, twin + ".pdf");
            _pdfs.Add(pdf);
            _pages.AddRange(ExtractPages(pdf, Path.Combine(_extracted, twin)));
        }
        _pool = new OcrEnginePool(OcrOptions.Default);
        Console.WriteLine($"// {_pdfs.Count} scanned PDFs, {_pages.Count} pages; engine pool of {_pool.Workers}");
    }

    [Benchmark(Baseline = true, Description = "tesseract command, OMP_THREAD_LIMIT=1, one process per core")]
    public int TesseractCommand()
    {
        var characters = 0;
        Parallel.ForEach(_pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            page => Interlocked.Add(ref characters, PageBenchmarkTools.Run("tesseract", page.Image, "stdout", "-l", "vie", "--dpi", page.Dpi.ToString(CultureInfo.InvariantCulture)).Length));
        return characters;
    }

    [Benchmark(Description = "product: scanned PDF reader, tables cell by cell")]
    public int Product()
    {
        var tables = 0;
        var reader = new ScannedPdfReader(new PdfReader(), _pool);
        Parallel.ForEach(_pdfs, new ParallelOptions { MaxDegreeOfParallelism = _pool.Workers }, pdf =>
        {
            var read = reader.Read(SourceFile.FromPath(pdf));
            if (!read.IsSuccess) throw new InvalidOperationException($"{pdf}: {read.Error}");
            Interlocked.Add(ref tables, read.Value.Blocks.Count(b => b is Ingest.Model.TableBlock));
        });
        return tables;
    }

    /// <summary>Where the product's time goes: the same pages decoded and prepared (gray, background flattened,
    /// orientation screen, deskew, rules found) without any recognition, one preparer per core.</summary>
    [Benchmark(Description = "product's page preparation alone (no recognition)")]
    public int PreparationOnly() => PageBenchmarkTools.Prepare(_pages);

    [GlobalCleanup]
    public void Cleanup()
    {
        _pool.Dispose();
        Directory.Delete(_extracted, recursive: true);
    }

    /// <summary>The PDF's page images as pdfimages writes them, each with its resolution from `pdfimages -list`.</summary>
    private static IEnumerable<(string, int)> ExtractPages(string pdf, string prefix)
    {
        var dpis = PageBenchmarkTools.Run("pdfimages", "-list", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => int.Parse(Spaces().Split(l.Trim())[12], CultureInfo.InvariantCulture)).ToList();
        PageBenchmarkTools.Run("pdfimages", "-j", "-png", pdf, prefix);
        var images = Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*").Order(StringComparer.Ordinal).ToList();
        if (images.Count != dpis.Count) throw new InvalidOperationException($"{pdf}: {images.Count} images, {dpis.Count} listed");
        return images.Zip(dpis);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
