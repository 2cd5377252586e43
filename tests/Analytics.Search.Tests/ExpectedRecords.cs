using System.Text.Json;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Search.Tests;

/// <summary>Reads hand-checked expected records (`*.expected.json`): one plan, an array of plans, or
/// {"error": …} for a document that is not a plan.</summary>
internal static class ExpectedRecords
{
    public static IReadOnlyList<PlanRecord> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Array) return root.Deserialize<List<PlanRecord>>(RecordJson.Options)!;
        if (root.TryGetProperty("error", out _)) return [];
        return [root.Deserialize<PlanRecord>(RecordJson.Options)!];
    }

    public static IReadOnlyList<StoredSource> Sources(string folder, IEnumerable<string> files) => files
        .SelectMany(f => Read(Path.Combine(folder, f)))
        .GroupBy(p => p.Source)
        .Select(g => new StoredSource(g.Key, "expected", DateTimeOffset.UnixEpoch, g.ToList()))
        .ToList();
}
