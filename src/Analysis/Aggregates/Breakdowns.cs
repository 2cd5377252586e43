using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Aggregates;

/// <summary>Schools, plans, items and budget and schools per gap category, grouped by one school field;
/// one pass over the plans.</summary>
internal static class Breakdowns
{
    public const string UnknownKey = "(không rõ)";

    public static IReadOnlyList<BreakdownRow> Compute(IReadOnlyList<AnalysedPlan> plans, Func<AnalysedPlan, string?> key)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var k = key(plan);
            k = string.IsNullOrWhiteSpace(k) ? UnknownKey : k.Trim();
            if (!groups.TryGetValue(k, out var group)) groups[k] = group = new Group();
            group.Add(plan);
        }
        return groups
            .Select(g => new BreakdownRow(g.Key, g.Value.Schools.Count, g.Value.Plans, g.Value.Items, g.Value.Budget,
                g.Value.PerCategory.Select(s => s.Count).ToList()))
            .OrderBy(r => r.Key == UnknownKey ? 1 : 0).ThenByDescending(r => r.Schools)
            .ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    private sealed class Group
    {
        public HashSet<string> Schools { get; } = new(StringComparer.Ordinal);
        public HashSet<string>[] PerCategory { get; } = GapCategories.All.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        public int Plans { get; private set; }
        public int Items { get; private set; }
        public long Budget { get; private set; }

        public void Add(AnalysedPlan plan)
        {
            Schools.Add(plan.SchoolKey);
            Plans++;
            Items += plan.Record.Items.Count;
            foreach (var item in plan.Record.Items) Budget += item.Budget?.Vnd ?? 0;
            foreach (var code in plan.PlanGaps)
            {
                var c = GapCategories.IndexOf(code);
                if (c >= 0) PerCategory[c].Add(plan.SchoolKey);
            }
        }
    }
}
