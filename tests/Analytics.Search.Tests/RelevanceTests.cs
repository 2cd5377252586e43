using System.Text.Json;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Search.Querying;
using Xunit.Abstractions;

namespace Analytics.Search.Tests;

/// <summary>The judged relevance set: queries over hand-written plans with their relevant items listed by
/// hand (Judged/queries.tsv). Prints Recall@10 and MRR per kind of query.</summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Judged");

    [Fact]
    public void Judged_queries_reach_full_recall_without_accents_and_high_mrr_overall()
    {
        var plans = JsonSerializer.Deserialize<List<PlanRecord>>(File.ReadAllText(Path.Combine(Folder, "plans.expected.json")), RecordJson.Options)!;
        var sources = plans.GroupBy(p => p.Source).Select(g => new StoredSource(g.Key, "judged", DateTimeOffset.UnixEpoch, g.ToList()));
        using var index = new MemoryIndex(sources);
        var judged = Judgement.Read(Path.Combine(Folder, "queries.tsv"));
        Assert.True(judged.Count >= 40, $"only {judged.Count} judged queries");

        var results = judged.Select(j => (Judged: j, Ranked: index.Search(j.Query, top: 10).Hits.Select(h => Judgement.ShortId(h.Id)).ToList())).ToList();
        foreach (var (j, ranked) in results)
        {
            var rank = ranked.FindIndex(j.Relevant.Contains) + 1;
            var missing = j.Relevant.Where(r => !ranked.Contains(r)).ToList();
            output.WriteLine($"{j.Kind,-10} {j.Query,-45} first relevant at {(rank == 0 ? "-" : rank.ToString())}; recall@10 {Recall(j, ranked):0.00}{(missing.Count > 0 ? " missing " + string.Join(",", missing) : "")}");
        }
        foreach (var kind in results.GroupBy(r => r.Judged.Kind))
            output.WriteLine($"{kind.Key,-10} n={kind.Count(),2}  Recall@10={kind.Average(r => Recall(r.Judged, r.Ranked)):0.000}  MRR={kind.Average(r => Reciprocal(r.Judged, r.Ranked)):0.000}");
        var mrr = results.Average(r => Reciprocal(r.Judged, r.Ranked));
        var unaccentedRecall = results.Where(r => r.Judged.Kind == "unaccented").Average(r => Recall(r.Judged, r.Ranked));
        output.WriteLine($"overall    n={results.Count}  Recall@10={results.Average(r => Recall(r.Judged, r.Ranked)):0.000}  MRR={mrr:0.000}");

        Assert.Equal(1.0, unaccentedRecall);
        Assert.True(mrr >= 0.9, $"MRR {mrr:0.000} < 0.9");
    }

    private static double Recall(Judgement j, List<string> ranked) => j.Relevant.Count(ranked.Contains) / (double)j.Relevant.Count;

    private static double Reciprocal(Judgement j, List<string> ranked)
    {
        var rank = ranked.FindIndex(j.Relevant.Contains);
        return rank < 0 ? 0 : 1.0 / (rank + 1);
    }
}

internal sealed record Judgement(string Kind, string Query, IReadOnlySet<string> Relevant)
{
    public static IReadOnlyList<Judgement> Read(string path) => File.ReadLines(path)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(f => new Judgement(f[0], f[1], f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet()))
        .ToList();

    /// <summary>"p04.docx#0/1" → "p04/1".</summary>
    public static string ShortId(string id) => id[..id.IndexOf('.')] + id[id.LastIndexOf('/')..];
}
