using System.Diagnostics;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Pdf;
using BenchmarkDotNet.Attributes;
using UglyToad.PdfPig;

namespace Analytics.Benchmarks;

/// <summary>Text-layer PDF extraction on the same files: poppler's `pdftotext -layout` run as a process
/// per file (the baseline a shell script would use), PdfPig's plain page text, and our PdfReader (PdfPig
/// letters → accent-safe words → paragraphs and ruled tables in reading order).</summary>
[Config(typeof(ShortInProcessConfig))]
public class PdfTextExtractionBenchmarks
{
    private readonly PdfReader _reader = new();
    private SourceFile _file = null!;
    private string _path = "";

    [Params(
        "tests/Analytics.Ingest.Tests/Fixtures/plan-tables.pdf",
        "tests/Analytics.Ingest.Tests/Fixtures/plan-long.pdf",
        "corpus/mn-liem-tuyen.pdf",
        "corpus/thcs-ptdtbt-mang-but.pdf")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkFiles.Path(Document);
        _file = SourceFile.FromPath(_path);
    }

    [Benchmark(Baseline = true)]
    public int PdftotextLayout()
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", _path, "-"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Length;
    }

    [Benchmark]
    public int PdfPigPageText()
    {
        using var document = PdfDocument.Open(_file.Content.ToArray());
        var length = 0;
        foreach (var page in document.GetPages()) length += page.Text.Length;
        return length;
    }

    [Benchmark]
    public int PlansPdfReader()
    {
        var read = _reader.Read(_file);
        if (!read.IsSuccess) throw new InvalidOperationException(read.Error);
        return read.Value.Blocks.Count;
    }
}
