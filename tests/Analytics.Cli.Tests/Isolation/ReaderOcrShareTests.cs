using Analytics.Cli.Commands;
using Analytics.Ingest.Isolation;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Testing;

namespace Analytics.Cli.Tests.Isolation;

/// <summary>Reader processes share the cores for OCR: a batch never recognises more pages at once than there are
/// cores, however many readers it runs, while one file alone keeps every core for its pages.</summary>
public sealed class ReaderOcrShareTests
{
    [Fact]
    public void Readers_of_a_large_batch_run_at_most_one_engine_per_core_between_them()
    {
        foreach (var readers in new[] { 1, 2, 3, Environment.ProcessorCount, 2 * Environment.ProcessorCount })
        {
            var engines = new ReaderPoolOptions(readers).OcrEnginesPerReader(files: 100);

            Assert.True(engines >= 1);
            Assert.True(readers * engines <= Math.Max(readers, Environment.ProcessorCount), $"{readers} readers × {engines} engines");
        }
    }

    [Fact]
    public void One_file_alone_keeps_every_core_for_its_pages()
    {
        Assert.Equal(Environment.ProcessorCount, new ReaderPoolOptions().OcrEnginesPerReader(files: 1));
    }

    [Fact]
    public void A_reader_started_with_its_share_of_engines_reads_a_plan()
    {
        var limits = IngestLimits.Default;
        using var pool = new ReaderProcessPool(ReadWorkerCommand.Launch(limits, ocrEngines: 1), new ReaderPoolOptions(1, Limits: limits));

        var read = pool.Ingest(new SourceFile("nậm xé.docx", File.ReadAllBytes(RepoPaths.Combine("corpus", "lc-th-thcs-nam-xe.docx"))));

        Assert.True(read.IsSuccess, read.Error);
        Assert.NotEmpty(read.Records);
    }
}
