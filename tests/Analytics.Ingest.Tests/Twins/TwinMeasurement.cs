using System.Collections.Concurrent;
using System.Diagnostics;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Tests.Golden;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Twins;

/// <summary>One twin read by the product's real pipeline and scored against its born-digital expected record.</summary>
public sealed record TwinResult(Twin Twin, TwinScore Score, string Outcome, TimeSpan Elapsed)
{
    /// <summary>The keys read wrong (empty unless TWINS_DIFF is set).</summary>
    public string Diff { get; init; } = "";
}

/// <summary>Reads every twin of a folder with <see cref="DefaultPipeline"/> (a few at a time: the OCR engine pool
/// already spreads each document's pages over the cores) and scores it.</summary>
public static class TwinMeasurement
{
    /// <summary>Environment variable naming a folder of twins to measure instead of the committed subset
    /// (scripts/measure-twins.sh sets it).</summary>
    public const string FolderVariable = "TWINS_DIR";

    public static string CommittedFolder => RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "twins");

    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : CommittedFolder;

    public static IReadOnlyList<TwinResult> Run(string folder, IngestPipeline pipeline)
    {
        var results = new ConcurrentBag<TwinResult>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
        Parallel.ForEach(Twin.In(folder), options, twin => results.Add(Measure(twin, pipeline)));
        return results.OrderBy(r => r.Twin.Family, StringComparer.Ordinal).ThenBy(r => r.Twin.Document, StringComparer.Ordinal).ToList();
    }

    public static TwinResult Measure(Twin twin, IngestPipeline pipeline)
    {
        var expected = ExpectedOutcome.Load(ExpectedPath(twin.Document));
        var clock = Stopwatch.StartNew();
        var outcome = pipeline.Ingest(twin.Load());
        var described = outcome.IsSuccess ? $"{outcome.Records.Count} plan(s)" : $"error: {outcome.Error}";
        return new TwinResult(twin, TwinScore.Of(expected, outcome), described, clock.Elapsed)
        {
            Diff = TwinDiff.Wanted ? TwinDiff.Of(expected, outcome) : "",
        };
    }

    /// <summary>The born-digital document's expected record: in corpus/, or in a held-out corpus folder
    /// (corpus-heldoutN/, whose plans make-print-twins.sh prints when CORPORA names them).</summary>
    public static string ExpectedPath(string document)
    {
        var name = document + GoldenCorpus.ExpectedSuffix;
        var heldOut = Directory.EnumerateDirectories(RepoPaths.Root, "corpus-heldout*").Order(StringComparer.Ordinal);
        return new[] { RepoPaths.Corpus }.Concat(heldOut).Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists) ?? Path.Combine(RepoPaths.Corpus, name);
    }
}
