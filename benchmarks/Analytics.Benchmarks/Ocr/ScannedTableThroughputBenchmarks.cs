using System.Diagnostics;
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
        var folder = Path.Combine(FindRepo(), "tests", "Analytics.Ingest.Tests", "Fixtures", "twins", "scan");
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
            page => Interlocked.Add(ref characters, Run("tesseract", page.Image, "stdout", "-l", "vie", "--dpi", page.Dpi.ToString(CultureInfo.InvariantCulture)).Length));
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
    public int PreparationOnly()
    {
        var pixels = 0;
        var options = OcrOptions.Default.Preprocess;
        Parallel.ForEach(Enumerable.Range(0, Environment.ProcessorCount), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, worker =>
        {
            using var orientation = Ingest.Ocr.Preprocessing.PageOrientation.Create(null, options);
            for (var i = worker; i < _pages.Count; i += Environment.ProcessorCount)
            {
                var (image, dpi) = _pages[i];
                var format = image.EndsWith(".jpg", StringComparison.Ordinal) ? Ingest.Ocr.Imaging.ImageFormat.Jpeg : Ingest.Ocr.Imaging.ImageFormat.Png;
                var decoded = Ingest.Ocr.Imaging.PageImageDecoder.Decode(File.ReadAllBytes(image), format, 0, Ingest.Ocr.Imaging.ImageLimits.Default);
                if (!decoded.IsSuccess) throw new InvalidOperationException($"{image}: {decoded.Error}");
                using var page = decoded.Value with { Resolution = dpi };
                var prepared = Ingest.Ocr.Preprocessing.PagePreprocessor.Prepare(page, 300, options, orientation);
                if (!prepared.IsSuccess) throw new InvalidOperationException($"{image}: {prepared.Error}");
                using var ready = prepared.Value;
                Interlocked.Add(ref pixels, ready.Pix.Width);
            }
        });
        return pixels;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pool.Dispose();
        Directory.Delete(_extracted, recursive: true);
    }

    /// <summary>The PDF's page images as pdfimages writes them, each with its resolution from `pdfimages -list`.</summary>
    private static IEnumerable<(string, int)> ExtractPages(string pdf, string prefix)
    {
        var dpis = Run("pdfimages", "-list", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => int.Parse(Spaces().Split(l.Trim())[12], CultureInfo.InvariantCulture)).ToList();
        Run("pdfimages", "-j", "-png", pdf, prefix);
        var images = Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*").Order(StringComparer.Ordinal).ToList();
        if (images.Count != dpis.Count) throw new InvalidOperationException($"{pdf}: {images.Count} images, {dpis.Count} listed");
        return images.Zip(dpis);
    }

    private static string Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} exited with {process.ExitCode}");
        return stdout.Result;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("repository root not found");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
