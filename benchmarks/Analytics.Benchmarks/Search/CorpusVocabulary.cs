using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Ingest.Records;

namespace Analytics.Benchmarks.Search;

/// <summary>Words and values taken from the corpus's hand-checked records (corpus/*.expected.json): the
/// pieces the plan generator recombines, so generated plans read like the genre.</summary>
internal sealed partial class CorpusVocabulary
{
    public required IReadOnlyList<PlanItem> Items { get; init; }
    public required IReadOnlyList<string> TargetClauses { get; init; }
    public required IReadOnlyList<string> ActionClauses { get; init; }
    public required IReadOnlyList<SchoolInfo> Schools { get; init; }
    public required IReadOnlyList<string> NameWords { get; init; }
    public required IReadOnlyList<string> Words { get; init; }

    public static CorpusVocabulary Load()
    {
        var folder = Path.Combine(FindRoot(AppContext.BaseDirectory), "corpus");
        var plans = Directory.EnumerateFiles(folder, "*.expected.json").Order(StringComparer.Ordinal).SelectMany(Read).ToList();
        if (plans.Count == 0) throw new InvalidOperationException($"No expected records in {folder}");
        var items = plans.SelectMany(p => p.Items).ToList();
        var targets = items.SelectMany(i => Clauses(i.Target)).Distinct().ToList();
        var actions = items.SelectMany(i => Clauses(i.Actions)).Distinct().ToList();
        var names = plans.Select(p => p.School.Name ?? "").SelectMany(n => n.Split(' ')).Where(w => w.Length > 1 && char.IsUpper(w[0])).Distinct().ToList();
        var words = targets.Concat(actions).SelectMany(c => WordPattern().Matches(c).Select(m => m.Value.ToLowerInvariant())).Where(w => w.Length > 1).Distinct().ToList();
        return new CorpusVocabulary
        {
            Items = items, TargetClauses = targets, ActionClauses = actions,
            Schools = plans.Select(p => p.School).ToList(), NameWords = names, Words = words,
        };
    }

    private static IEnumerable<string> Clauses(string? text) =>
        (text ?? "").Split([';', '.', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(c => c.Length > 8);

    private static IEnumerable<PlanRecord> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Array) return root.Deserialize<List<PlanRecord>>(RecordJson.Options)!;
        return root.TryGetProperty("error", out _) ? [] : [root.Deserialize<PlanRecord>(RecordJson.Options)!];
    }

    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Analytics.sln not found above " + start);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
