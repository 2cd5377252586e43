using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Aggregates;

/// <summary>Schools, plans, items, budget and schools per gap category, grouped by one school field.</summary>
internal static class Breakdowns
{
    public const string UnknownKey = "(không rõ)";

    public static IReadOnlyList<BreakdownRow> Compute(IReadOnlyList<AnalysedPlan> plans, Func<AnalysedPlan, string?> key)
    {
        var groups = plans.GroupBy(p => string.IsNullOrWhiteSpace(key(p)) ? UnknownKey : key(p)!.Trim(), StringComparer.Ordinal);
        var rows = new List<BreakdownRow>();
        foreach (var group in groups)
        {
            var perCategory = GapCategories.All
                .Select(c => group.Where(p => p.PlanGaps.Contains(c)).Select(p => p.SchoolKey).Distinct(StringComparer.Ordinal).Count())
                .ToList();
            rows.Add(new BreakdownRow(
                group.Key,
                group.Select(p => p.SchoolKey).Distinct(StringComparer.Ordinal).Count(),
                group.Count(),
                group.Sum(p => p.Record.Items.Count),
                group.Sum(p => p.Record.Items.Sum(i => i.Budget?.Vnd ?? 0)),
                perCategory));
        }
        return rows.OrderBy(r => r.Key == UnknownKey ? 1 : 0).ThenByDescending(r => r.Schools)
            .ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }
}
