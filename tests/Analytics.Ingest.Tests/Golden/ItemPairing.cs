using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Pairs expected and extracted items: by criterion ("3.1"; "tiêu chuẩn 4" for an item that has only
/// its standard), then by order among the items of the same criterion.</summary>
internal static class ItemPairing
{
    public static string Key(PlanItem item) =>
        !string.IsNullOrWhiteSpace(item.Criterion) ? item.Criterion.Trim()
        : item.Standard is { } standard ? $"tiêu chuẩn {standard}"
        : "?";

    public static IReadOnlyList<(PlanItem? Expected, PlanItem? Actual, string Label)> Pair(
        IReadOnlyList<PlanItem> expected, IReadOnlyList<PlanItem> actual)
    {
        var used = new bool[actual.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new List<(PlanItem?, PlanItem?, string)>();
        foreach (var item in expected)
        {
            var key = Key(item);
            seen[key] = seen.GetValueOrDefault(key) + 1;
            var match = -1;
            for (var i = 0; i < actual.Count && match < 0; i++)
            {
                if (!used[i] && Key(actual[i]) == key) match = i;
            }
            if (match >= 0) used[match] = true;
            pairs.Add((item, match >= 0 ? actual[match] : null, $"{key}#{seen[key]}"));
        }
        for (var i = 0; i < actual.Count; i++)
        {
            if (!used[i]) pairs.Add((null, actual[i], $"{Key(actual[i])} extra"));
        }
        return pairs;
    }
}
