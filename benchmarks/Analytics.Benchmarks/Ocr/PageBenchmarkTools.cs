using System.Diagnostics;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Ocr.Preprocessing;

namespace Analytics.Benchmarks.Ocr;

/// <summary>What the page-throughput suites (scanned tables, photographed pages) share: running a command as a
/// user would, and the product's page preparation alone over a list of page images, one preparer per core.</summary>
internal static class PageBenchmarkTools
{
    /// <summary>Runs a command single-threaded (OMP_THREAD_LIMIT=1) and returns its standard output.</summary>
    public static string Run(string command, params string[] args)
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

    /// <summary>Decodes and prepares every page (gray, photo sheet, scaling, background, orientation screen,
    /// deskew, rules) without recognition; a page's resolution of 0 means "as the file states". Returns the
    /// prepared pages' summed width, so the work cannot be skipped.</summary>
    public static int Prepare(IReadOnlyList<(string Image, int Dpi)> pages)
    {
        var pixels = 0;
        var options = Ingest.Ocr.OcrOptions.Default.Preprocess;
        var cores = Environment.ProcessorCount;
        Parallel.ForEach(Enumerable.Range(0, cores), new ParallelOptions { MaxDegreeOfParallelism = cores }, worker =>
        {
            using var orientation = PageOrientation.Create(null, options);
            for (var i = worker; i < pages.Count; i += cores)
            {
                var (image, dpi) = pages[i];
                var format = image.EndsWith(".jpg", StringComparison.Ordinal) ? ImageFormat.Jpeg : ImageFormat.Png;
                var decoded = PageImageDecoder.Decode(File.ReadAllBytes(image), format, 0, ImageLimits.Default);
                if (!decoded.IsSuccess) throw new InvalidOperationException($"{image}: {decoded.Error}");
                using var page = dpi > 0 ? decoded.Value with { Resolution = dpi } : decoded.Value;
                var prepared = PagePreprocessor.Prepare(page, 300, options, orientation);
                if (!prepared.IsSuccess) throw new InvalidOperationException($"{image}: {prepared.Error}");
                using var ready = prepared.Value;
                Interlocked.Add(ref pixels, ready.Pix.Width);
            }
        });
        return pixels;
    }

    /// <summary>The committed twins' folder of one family (scan, fax, photo).</summary>
    public static string TwinFolder(string family) =>
        Path.Combine(BenchmarkFiles.Root, "tests", "Analytics.Ingest.Tests", "Fixtures", "twins", family);
}
