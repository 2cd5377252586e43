using System.Globalization;

namespace Analytics.Analysis.Aggregates;

/// <summary>Per criterion ("3.6"): schools with an improvement item, schools assessed not met or level 1.</summary>
internal static class CriterionTable
{
    public static IReadOnlyList<CriterionAggregate> Compute(IReadOnlyList<AnalysedPlan> plans)
    {
        var withItem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var notMet = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var level1 = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var names = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var itemCount = new Dictionary<string, (int Items, long Budget)>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            foreach (var item in plan.Record.Items)
            {
                if (string.IsNullOrWhiteSpace(item.Criterion)) continue;
                var key = item.Criterion.Trim();
                Set(withItem, key).Add(plan.SchoolKey);
                var c = itemCount.GetValueOrDefault(key);
                itemCount[key] = (c.Items + 1, c.Budget + (item.Budget?.Vnd ?? 0));
                if (!string.IsNullOrWhiteSpace(item.CriterionName))
                {
                    var counts = names.TryGetValue(key, out var n) ? n : names[key] = new(StringComparer.Ordinal);
                    counts[item.CriterionName.Trim()] = counts.GetValueOrDefault(item.CriterionName.Trim()) + 1;
                }
            }
            foreach (var assessment in plan.Record.Assessments)
            {
                var key = assessment.Criterion.Trim();
                if (assessment.Result == "khong-dat") Set(notMet, key).Add(plan.SchoolKey);
                else if (assessment.Result == "muc-1") Set(level1, key).Add(plan.SchoolKey);
            }
        }
        return withItem.Keys.Union(notMet.Keys).Union(level1.Keys)
            .OrderBy(k => k, CriterionOrder.Instance)
            .Select(k => new CriterionAggregate(
                k,
                names.TryGetValue(k, out var n) ? n.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key : null,
                withItem.GetValueOrDefault(k)?.Count ?? 0,
                notMet.GetValueOrDefault(k)?.Count ?? 0,
                level1.GetValueOrDefault(k)?.Count ?? 0,
                itemCount.GetValueOrDefault(k).Items,
                itemCount.GetValueOrDefault(k).Budget))
            .ToList();
    }

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> map, string key) =>
        map.TryGetValue(key, out var set) ? set : map[key] = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>"1.2" before "1.10", numbers compared as numbers, anything else after them.</summary>
    private sealed class CriterionOrder : IComparer<string>
    {
        public static CriterionOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var a = Parts(x ?? "");
            var b = Parts(y ?? "");
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                if (a[i] != b[i]) return a[i].CompareTo(b[i]);
            }
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(x, y);
        }

        private static int[] Parts(string s) => s.Split('.')
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : int.MaxValue).ToArray();
    }
}
