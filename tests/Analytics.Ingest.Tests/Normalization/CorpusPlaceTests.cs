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
        var match = ProvinceMap.FindInText(File.ReadAllText(TextPath(file)));
        output.WriteLine($"{file}: {match}");
        Assert.Equal(province, match?.Province);
        if (district is not null && match?.District is not null) Assert.Equal(district, match.District);
    }

    /// <summary>The plan's text as Unicode: the file itself, or for a plan saved in a legacy code page its
    /// Unicode truth <c>labels/X.windows-NNNN.txt</c> (the ingest decodes the file; this test reads text).</summary>
    private static string TextPath(string file)
    {
        var labels = Path.Combine(RepoPaths.Corpus, "labels");
        var stem = Path.GetFileNameWithoutExtension(file) + ".windows-";
        return Directory.Exists(labels) && Directory.EnumerateFiles(labels, stem + "*.txt").FirstOrDefault() is { } truth
            ? truth
            : Path.Combine(RepoPaths.Corpus, file);
    }
}
