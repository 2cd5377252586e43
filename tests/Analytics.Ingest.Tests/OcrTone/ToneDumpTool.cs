using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>Reads every twin of OCRTONE_TWINS (scan, photo, then fax) and its born-digital source through the
/// product's readers (no repair stage) into OCRTONE_DUMP/FAMILY/PLAN.txt and OCRTONE_DUMP/digital/PLAN.txt
/// (scripts/measure-ocr-tone.sh). A twin already dumped is skipped, so a run cut short resumes. Does nothing
/// unless both variables are set.</summary>
public sealed class ToneDumpTool(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Measurement")]
    public void Dumps_twins_and_their_born_digital_sources_when_asked()
    {
        if (Environment.GetEnvironmentVariable("OCRTONE_TWINS") is not { Length: > 0 } twins) return;
        if (Environment.GetEnvironmentVariable("OCRTONE_DUMP") is not { Length: > 0 } dump) return;
        var pipeline = DefaultPipeline.Create();
        var familyOrder = new[] { "scan", "photo", "fax" };
        var work = ToneTwins.In(twins).OrderBy(t => Math.Max(0, Array.IndexOf(familyOrder, t.Family)) / 2).ThenBy(t => t.Document, StringComparer.Ordinal).ToList();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 2 }, twin =>
        {
            Dump(pipeline, Path.Combine(dump, "digital", twin.Document + ".txt"), () => ToneTwins.SourceOf(twin.Document) is { } source
                ? new SourceFile(Path.GetFileName(source), File.ReadAllBytes(source)) : null);
            Dump(pipeline, Path.Combine(dump, twin.Family, twin.Document + ".txt"), twin.Load);
        });
        output.WriteLine($"{work.Count} twins dumped to {dump}");
    }

    private void Dump(IngestPipeline pipeline, string path, Func<SourceFile?> load)
    {
        if (File.Exists(path)) return;
        if (load() is not { } file) return;
        var read = pipeline.Read(file);
        if (!read.IsSuccess)
        {
            lock (output) output.WriteLine($"{path}: {read.Error}");
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var part = $"{path}.{Environment.CurrentManagedThreadId}.part";
        DocumentDump.Write(part, read.Value);
        File.Move(part, path, overwrite: true);
    }
}
