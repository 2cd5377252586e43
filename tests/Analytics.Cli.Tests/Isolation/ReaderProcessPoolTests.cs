using Analytics.Cli.Commands;
using Analytics.Ingest.Isolation;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Testing;
using Analytics.Testing.Hostile;

namespace Analytics.Cli.Tests.Isolation;

/// <summary>The reader pool with real `plans read-worker` children: what kills or wedges a reader costs
/// that file only, and the next file gets a fresh reader.</summary>
public sealed class ReaderProcessPoolTests
{
    private static byte[] CorpusPlan => File.ReadAllBytes(RepoPaths.Combine("corpus", "lc-th-thcs-nam-xe.docx"));

    private static ReaderProcessPool Pool(IngestLimits limits, long memory = 2L << 30, params string[] extra)
    {
        var command = ReadWorkerCommand.Launch(limits);
        return new ReaderProcessPool(command with { Arguments = [.. command.Arguments, .. extra] }, new ReaderPoolOptions(1, memory, limits));
    }

    [Fact]
    public void A_valid_plan_read_in_a_reader_process_gives_the_same_records_as_in_process()
    {
        using var pool = Pool(IngestLimits.Default);
        var file = new SourceFile("nậm xé.docx", CorpusPlan);

        var isolated = pool.Ingest(file);
        var inProcess = Ingest.DefaultPipeline.Create().Ingest(file);

        Assert.True(isolated.IsSuccess, isolated.Error);
        Assert.Equal(inProcess.ContentHash, isolated.ContentHash);
        Assert.Equal(
            inProcess.Records.Select(r => Ingest.Records.RecordJson.Serialize(r)),
            isolated.Records.Select(r => Ingest.Records.RecordJson.Serialize(r)));
    }

    [Fact]
    public void A_reader_wedged_by_deep_nesting_is_stopped_past_the_deadline_and_the_next_file_is_read()
    {
        // Without its depth guard the reader spends minutes in the Open XML SDK on this 100,000-deep part.
        var limits = IngestLimits.Default with { FileDeadline = TimeSpan.FromSeconds(15) };
        using var pool = Pool(limits, extra: ["--max-xml-depth", "10000000"]);

        var wedged = pool.Ingest(new SourceFile("lồng.docx", HostileFiles.NestedDocx(CorpusPlan, 100_000)));
        var next = pool.Ingest(new SourceFile("nậm xé.docx", CorpusPlan));

        Assert.Equal("Tiến trình đọc không trả lời sau 15 giây nên bị dừng / reader stopped: no answer within 15 s", wedged.Error);
        Assert.True(next.IsSuccess, next.Error);
        Assert.Equal(1, pool.Restarts);
    }

    [Fact]
    public void A_reader_out_of_memory_fails_that_file_alone()
    {
        using var pool = Pool(IngestLimits.Default, memory: 200L << 20);

        var bomb = pool.Ingest(new SourceFile("nặng.docx", HostileFiles.BulkyDocx(CorpusPlan, 80)));
        var next = pool.Ingest(new SourceFile("nậm xé.docx", CorpusPlan));

        Assert.Contains(bomb.Error, new[] { FailureReasons.OutOfMemory, FailureReasons.MemoryLimit(300L << 20) });
        Assert.True(next.IsSuccess, next.Error);
        Assert.True(pool.PeakReaderBytes <= 300L << 20, $"{pool.PeakReaderBytes >> 20} MB");
    }
}
