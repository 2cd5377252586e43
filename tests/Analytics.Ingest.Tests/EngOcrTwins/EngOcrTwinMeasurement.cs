using System.Collections.Concurrent;
using System.Diagnostics;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Tests.Golden;
using Analytics.Ingest.Tests.Twins;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.EngOcrTwins;

/// <summary>Reads every eng-OCR twin (the text Tesseract's English model gave for a printed and scanned corpus plan,
/// made by scripts/make-print-twins.sh with FAMILIES=engocr) as <c>plans ingest</c> reads a .txt file, and scores it
/// against the born-digital document's expected record.</summary>
/// <summary>One eng-OCR twin's scores: the twin report's four columns and whole items (criterion, budget and
/// timeline all equal, as the golden corpus pairs them).</summary>
public sealed record EngOcrTwinResult(TwinResult Twin, ItemScore Items, string Detail);

public static class EngOcrTwinMeasurement
{
    /// <summary>Environment variable naming a folder of eng-OCR twins (its engocr/ subfolder holds the .txt files)
    /// to measure instead of the committed subset (scripts/measure-engocr-twins.sh sets it).</summary>
    public const string FolderVariable = "ENGOCR_TWINS_DIR";

    public const string Family = "engocr";

    public static string CommittedFolder => RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "engocr-twins");

    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : CommittedFolder;

    public static IReadOnlyList<Twin> In(string folder) =>
        Directory.EnumerateFiles(Path.Combine(folder, Family), "*.txt").Order(StringComparer.Ordinal)
            .Select(file => new Twin(Family, Path.GetFileNameWithoutExtension(file), [file]))
            .ToList();

    public static IReadOnlyList<EngOcrTwinResult> Run(string folder, IngestPipeline pipeline)
    {
        var results = new ConcurrentBag<EngOcrTwinResult>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
        Parallel.ForEach(In(folder), options, twin => results.Add(Measure(twin, pipeline)));
        return results.OrderBy(r => r.Twin.Twin.Document, StringComparer.Ordinal).ToList();
    }

    private static EngOcrTwinResult Measure(Twin twin, IngestPipeline pipeline)
    {
        var expected = ExpectedOutcome.Load(TwinMeasurement.ExpectedPath(twin.Document));
        var clock = Stopwatch.StartNew();
        var outcome = pipeline.Ingest(SourceFile.FromPath(twin.Files[0]));
        var described = outcome.IsSuccess ? $"{outcome.Records.Count} plan(s)" : $"error: {outcome.Error}";
        var found = outcome.IsSuccess ? outcome.Records.SelectMany(p => p.Items).ToList() : [];
        var items = ItemScore.Of(expected.Plans.SelectMany(p => p.Items), found);
        var detail = $"{twin.Document}\n  expected: {Keys(expected.Plans.SelectMany(p => p.Items))}\n  found:    {Keys(found)}\n{Tables(twin.Files[0])}";
        return new EngOcrTwinResult(new TwinResult(twin, TwinScore.Of(expected, outcome), described, clock.Elapsed), items, detail);
    }

    /// <summary>Items as "criterion budget timeline" for the per-twin detail (ENGOCR_TWINS_DETAIL).</summary>
    private static string Keys(IEnumerable<Records.PlanItem> items) =>
        string.Join("; ", items.Select(i => $"{i.Criterion ?? "-"} {i.Budget?.Vnd?.ToString() ?? "-"} {i.Timeline?.Start ?? "?"}..{i.Timeline?.End ?? "?"} [{i.Timeline?.Text}|{i.Budget?.Text}]"));

    /// <summary>The tables the text reader rebuilt, one row a line, for the per-twin detail.</summary>
    private static string Tables(string file)
    {
        if (Environment.GetEnvironmentVariable("ENGOCR_TWINS_DETAIL") is not "tables") return "";
        var read = new Analytics.Ingest.Readers.Text.PlainTextReader().Read(SourceFile.FromPath(file));
        if (!read.IsSuccess) return $"  unread: {read.Error}\n";
        var rows = read.Value.Blocks.OfType<Analytics.Ingest.Model.TableBlock>()
            .SelectMany((t, n) => t.Rows.Select(r => $"  table {n}: {string.Join(" ¦ ", r.Cells.Select(c => c.Text))}"));
        return string.Join("\n", rows) + "\n";
    }
}
