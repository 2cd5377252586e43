using System.Text.Json;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>What a corpus document should produce: its plans (one JSON object, or an array for a file
/// holding several) or a failure (<c>{"error": "not a plan"}</c>).</summary>
public sealed record ExpectedOutcome(IReadOnlyList<PlanRecord> Plans, string? Error)
{
    public static ExpectedOutcome Load(string path) => Parse(File.ReadAllText(path));

    public static ExpectedOutcome Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
            return new ExpectedOutcome(root.EnumerateArray().Select(Plan).ToList(), null);
        if (root.TryGetProperty("error", out var error))
            return new ExpectedOutcome([], error.GetString() ?? "error");
        return new ExpectedOutcome([Plan(root)], null);
    }

    private static PlanRecord Plan(JsonElement element) =>
        element.Deserialize<PlanRecord>(RecordJson.Options) ?? throw new JsonException("null plan in expected record");
}
