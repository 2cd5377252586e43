using System.Text.Json;
using Analytics.Ingest.Normalization;
using Analytics.Testing;
using Xunit.Abstractions;

namespace Analytics.Ingest.Tests.Normalization;

/// <summary>Province and district found in each plain-text corpus plan against its expected record.</summary>
public sealed class CorpusPlaceTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Plans()
    {
        foreach (var path in Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var expected = Path.ChangeExtension(path, null) + ".expected.json";
            if (!File.Exists(expected)) continue;
            using var json = JsonDocument.Parse(File.ReadAllText(expected));
            var root = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().FirstOrDefault() : json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("school", out var school)) continue;
            var province = school.TryGetProperty("province", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var district = school.TryGetProperty("district", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (province is null) continue;
            yield return [Path.GetFileName(path), province, district!];
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Province_of_a_corpus_plan_is_found_in_its_text(string file, string province, string? district)
    {
        var match = ProvinceMap.FindInText(File.ReadAllText(Path.Combine(RepoPaths.Corpus, file)));
        output.WriteLine($"{file}: {match}");
        Assert.Equal(province, match?.Province);
        if (district is not null && match?.District is not null) Assert.Equal(district, match.District);
    }
}
