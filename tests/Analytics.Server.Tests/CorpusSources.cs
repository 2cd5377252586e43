using Analytics.Ingest;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Store;

namespace Analytics.Server.Tests;

/// <summary>Corpus plans read by the real pipeline in this process, as stored sources (read once per test run).</summary>
internal static class CorpusSources
{
    private static readonly Lazy<IReadOnlyList<StoredSource>> s_all = new(() =>
    {
        var pipeline = DefaultPipeline.Create();
        return CorpusInputs.Documents()
            .Where(d => d.Plans > 0 && !d.Path.EndsWith(".pdf", StringComparison.Ordinal))
            .Select(d => pipeline.Ingest(SourceFile.FromPath(d.Path)))
            .Where(o => o.IsSuccess)
            .Select(o => new StoredSource(o.Source, o.ContentHash, DateTimeOffset.UnixEpoch, o.Records))
            .ToList();
    });

    public static IReadOnlyList<StoredSource> All => s_all.Value;
}
