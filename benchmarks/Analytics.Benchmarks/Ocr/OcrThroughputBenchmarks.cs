using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Tests.Ocr;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Analytics.Benchmarks.Ocr;

/// <summary>Pages per second for one page set: our engine pool (one single-threaded engine per core,
/// initialised once, pages in parallel) against the `tesseract` command run once per page with default
/// settings (its own OpenMP threading, model loaded per page). Both outputs are scored for syllable
/// accuracy against the truth once, in the global setup, and printed.
/// Run: dotnet run -c Release --project benchmarks/Analytics.Benchmarks -- --filter '*OcrThroughput*'</summary>
[MemoryDiagnoser]
[Config(typeof(Short))]
public class OcrThroughputBenchmarks
{
    /// <summary>In-process (no generated project to build on a busy machine), three measured cold runs: one run
    /// is minutes long, and the global setup has already run both sides once.</summary>
    private sealed class Short : ManualConfig
    {
        public Short() => AddJob(ColdRunJob.Of(TimeSpan.FromMinutes(30), warmups: 0, iterations: 3));
    }

    private static readonly (string File, string Plan)[] PageSet =
    [
        ("plan-a-clean-p1.png", "plan-a"), ("plan-a-clean-p2.png", "plan-a"),
        ("plan-b-photo-p1.jpg", "plan-b"), ("plan-b-photo-p2.jpg", "plan-b"),
    ];

    private string _folder = "";
    private OcrEnginePool _pool = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = FindSamples();
        _pool = new OcrEnginePool(OcrOptions.Default);
        var ours = Engine();
        var cli = TesseractCommand();
        foreach (var plan in PageSet.Select(p => p.Plan).Distinct())
        {
            var truth = File.ReadAllText(Path.Combine(_folder, $"{plan}.truth.txt"));
            var indexes = PageSet.Select((p, i) => (p, i)).Where(x => x.p.Plan == plan).Select(x => x.i).ToList();
            Console.WriteLine($"// accuracy {plan}: engine pool {SyllableAccuracy.Measure(truth, string.Join('\n', indexes.Select(i => ours[i]))):P2}, " +
                $"tesseract command {SyllableAccuracy.Measure(truth, string.Join('\n', indexes.Select(i => cli[i]))):P2}");
        }
    }

    [Benchmark(Baseline = true, Description = "tesseract command, once per page")]
    public string[] TesseractCommand() => PageSet.Select(p => RunCommand(Path.Combine(_folder, p.File))).ToArray();

    [Benchmark(Description = "engine pool, pages in parallel")]
    public string[] Engine()
    {
        var pages = PageSet.Select(p => SourceFile.FromPath(Path.Combine(_folder, p.File))).ToList();
        var texts = new string[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = _pool.Workers }, i =>
        {
            var format = pages[i].Source.EndsWith(".png") ? Ingest.Ocr.Imaging.ImageFormat.Png : Ingest.Ocr.Imaging.ImageFormat.Jpeg;
            var read = new ImageReader(format, _pool).Read(pages[i]);
            texts[i] = read.IsSuccess ? Flatten(read.Value) : "";
        });
        return texts;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB; " +
            $"largest tesseract child: {ChildrenMaxRssKb() / 1024} MB");
        _pool.Dispose();
    }

    private static string RunCommand(string image)
    {
        var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { image, "stdout", "-l", "vie" }) start.ArgumentList.Add(arg);
        // Default settings: the command's own threading, not the product's single-threaded choice.
        start.Environment.Remove("OMP_THREAD_LIMIT");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return stdout.Result;
    }

    private static string Flatten(SourceDocument document)
    {
        var builder = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            if (block is TextBlock text) builder.AppendLine(text.Text);
            else if (block is TableBlock table)
                foreach (var row in table.Rows) builder.AppendLine(string.Join(" | ", row.Cells.Where(c => !c.IsMergedContinuation).Select(c => c.Text)));
        }
        return builder.ToString();
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Analytics.Ingest.Tests", "Ocr", "Samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("OCR samples not found");
    }

    /// <summary>ru_maxrss of the largest terminated child (getrusage RUSAGE_CHILDREN), in KB on Linux.</summary>
    private static long ChildrenMaxRssKb()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var usage = new long[18];
        return GetRUsage(-1, usage) == 0 ? usage[4] : 0;
    }

    [DllImport("libc.so.6", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, [Out] long[] usage);
}
