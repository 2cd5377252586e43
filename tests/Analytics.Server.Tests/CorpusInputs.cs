using System.Text.Json;
using Analytics.Testing;

namespace Analytics.Server.Tests;

/// <summary>The corpus documents (those with a hand-written expected record) and how many plans each should
/// give: an expected array holds several, {"error": …} none.</summary>
internal static class CorpusInputs
{
    public static IReadOnlyList<(string Path, int Plans)> Documents() =>
        Directory.GetFiles(RepoPaths.Corpus)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => (Path: f, Expected: Path.ChangeExtension(f, null) + ".expected.json"))
            .Where(f => File.Exists(f.Expected))
            .Select(f => (f.Path, PlansIn(f.Expected)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    private static int PlansIn(string expected)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(expected));
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Array) return root.GetArrayLength();
        return root.TryGetProperty("error", out _) ? 0 : 1;
    }
}
