using Analytics.Ingest.Records;

namespace Analytics.Analysis.Aggregates;

/// <summary>Names in school lists. Schools are told apart by their key (name and province as written, see
/// <see cref="PlanAnalyser.SchoolKey"/>), so two schools called "Trường Tiểu học Bình An" in different
/// provinces are two schools; a list showing both names bare would read like a duplicate, so names shared by
/// several schools carry their place.</summary>
internal static class SchoolLabels
{
    /// <summary>District and province as the plan writes them: the province is the one the school key uses
    /// (two old provinces merged into one current province would otherwise print the same place).</summary>
    public static string? Place(SchoolInfo school) =>
        string.Join(", ", new[] { school.District, school.Province }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } place
            ? place
            : null;

    public static void Disambiguate(List<string> names, IReadOnlyList<string?> places)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names) counts[name] = counts.GetValueOrDefault(name) + 1;
        for (var i = 0; i < names.Count; i++)
            if (counts[names[i]] > 1 && places[i] is { } place) names[i] = $"{names[i]} ({place})";
    }
}
