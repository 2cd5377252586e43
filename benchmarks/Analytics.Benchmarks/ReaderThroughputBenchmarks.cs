using Analytics.Ingest;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>Reading one document into the document model (sniff + read, no parsing), per format:
/// documents per second = 1 / Mean; Allocated = memory allocated per document.</summary>
[Config(typeof(ShortInProcessConfig))]
public class ReaderThroughputBenchmarks
{
    private readonly IngestPipeline _pipeline = DefaultPipeline.Create();
    private SourceFile _file = null!;

    [Params(
        "tests/Analytics.Ingest.Tests/Fixtures/plan-tables.docx",
        "tests/Analytics.Ingest.Tests/Fixtures/plan-long.docx",
        "corpus/th-quynh-luu-a.docx",
        "tests/Analytics.Ingest.Tests/Fixtures/plan-tables.pdf",
        "tests/Analytics.Ingest.Tests/Fixtures/plan-long.pdf",
        "corpus/th-so-2-phu-mau.pdf",
        "corpus/thpt-thanh-binh.txt")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _file = SourceFile.FromPath(BenchmarkFiles.Path(Document));

    [Benchmark]
    public int Read()
    {
        var read = _pipeline.Read(_file);
        if (!read.IsSuccess) throw new InvalidOperationException(read.Error);
        return read.Value.Blocks.Count;
    }
}
