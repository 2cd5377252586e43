using Analytics.Testing;
using Xunit.Abstractions;

namespace Analytics.Search.Tests;

/// <summary>The judged relevance sets: queries with their relevant items listed by hand, one set over the
/// corpus's expected records and one over hand-written plans. Prints Recall@10 and MRR per kind of query;
/// accent-insensitive queries must reach Recall@10 = 1 and MRR must be at least 0.9.</summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private static readonly string Judged = Path.Combine(AppContext.BaseDirectory, "Judged");

    public static TheoryData<string> Sets => new() { "corpus", "hand" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Judged_queries_reach_full_recall_without_accents_and_high_mrr_overall(string set)
    {
        var (queries, folder) = set == "corpus"
            ? (Path.Combine(Judged, "corpus-queries.tsv"), RepoPaths.Corpus)
            : (Path.Combine(Judged, "queries.tsv"), Judged);
        var judged = JudgedSet.Read(queries);
        Assert.True(judged.Queries.Count >= 40, $"only {judged.Queries.Count} judged queries");
        using var index = new MemoryIndex(ExpectedRecords.Sources(folder, judged.Files));

        var results = judged.Queries.Select(j => (Judged: j, Ranked: index.Search(j.Query, top: 10).Hits.Select(h => JudgedSet.ShortId(h.Id)).ToList())).ToList();
        foreach (var (j, ranked) in results)
        {
            var rank = ranked.FindIndex(j.Relevant.Contains) + 1;
            var missing = j.Relevant.Where(r => !ranked.Contains(r)).ToList();
            output.WriteLine($"{j.Kind,-10} {j.Query,-45} first relevant at {(rank == 0 ? "-" : rank.ToString())}; recall@10 {Recall(j, ranked):0.00}{(missing.Count > 0 ? " missing " + string.Join(",", missing) : "")}");
        }
        foreach (var kind in results.GroupBy(r => r.Judged.Kind))
            output.WriteLine($"{set} {kind.Key,-10} n={kind.Count(),2}  Recall@10={kind.Average(r => Recall(r.Judged, r.Ranked)):0.000}  MRR={kind.Average(r => Reciprocal(r.Judged, r.Ranked)):0.000}");
        var mrr = results.Average(r => Reciprocal(r.Judged, r.Ranked));
        var unaccented = results.Where(r => r.Judged.Kind == "unaccented").ToList();
        output.WriteLine($"{set} overall    n={results.Count}  Recall@10={results.Average(r => Recall(r.Judged, r.Ranked)):0.000}  MRR={mrr:0.000}");

        Assert.NotEmpty(unaccented);
        Assert.All(unaccented, r => Assert.True(Recall(r.Judged, r.Ranked) == 1.0, $"'{r.Judged.Query}' misses relevant items in its top 10"));
        Assert.True(mrr >= 0.9, $"MRR {mrr:0.000} < 0.9");
    }

    private static double Recall(Judgement j, List<string> ranked) => j.Relevant.Count(ranked.Contains) / (double)j.Relevant.Count;

    private static double Reciprocal(Judgement j, List<string> ranked)
    {
        var rank = ranked.FindIndex(j.Relevant.Contains);
        return rank < 0 ? 0 : 1.0 / (rank + 1);
    }
}

internal sealed record Judgement(string Kind, string Query, IReadOnlySet<string> Relevant);

/// <summary>A judged set file: a `files` line naming the expected-record files indexed, then
/// kind, query and relevant item ids (FILE-STEM#plan/item), tab-separated.</summary>
internal sealed record JudgedSet(IReadOnlyList<string> Files, IReadOnlyList<Judgement> Queries)
{
    public static JudgedSet Read(string path)
    {
        var rows = File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var files = rows.Single(r => r[0] == "files")[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var queries = rows.Where(r => r[0] != "files")
            .Select(f => new Judgement(f[0], f[1], f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet()))
            .ToList();
        return new JudgedSet(files, queries);
    }

    /// <summary>"p04.docx#0/1" → "p04#0/1"; "thpt-thanh-binh.txt#0/5" → "thpt-thanh-binh#0/5".</summary>
    public static string ShortId(string id)
    {
        var hash = id.LastIndexOf('#');
        return Path.GetFileNameWithoutExtension(id[..hash]) + id[hash..];
    }
}
