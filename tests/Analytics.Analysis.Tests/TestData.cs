using System.Text.Json;
using Analytics.Ingest.Records;

namespace Analytics.Analysis.Tests;

/// <summary>Records for the tests: the corpus's hand-made expected records and the hand-made fixture.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static IReadOnlyList<string> ExpectedFiles() =>
        Directory.Exists(Path.Combine(RepositoryRoot, "corpus"))
            ? Directory.GetFiles(Path.Combine(RepositoryRoot, "corpus"), "*.expected.json").Order(StringComparer.Ordinal).ToList()
            : [];

    public static string HandmadeFile => Path.Combine(AppContext.BaseDirectory, "Fixtures", "handmade.records.json");

    public static IReadOnlyList<string> AllRecordFiles() => [.. ExpectedFiles(), HandmadeFile];

    /// <summary>Each file holds one record or an array of records.</summary>
    public static IReadOnlyList<PlanRecord> Records(IEnumerable<string> files) =>
        files.SelectMany(f =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(f));
            return json.RootElement.ValueKind == JsonValueKind.Array
                ? json.RootElement.EnumerateArray().Select(e => RecordJson.Deserialize(e.GetRawText())).ToList()
                : [RecordJson.Deserialize(json.RootElement.GetRawText())];
        }).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Analytics.sln not found above the test directory");
    }
}
