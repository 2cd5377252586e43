using Analytics.Ingest.Records;
using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Aggregates;

/// <summary>Per gap category: schools, share, budget, funding, completion and overdue items. One pass
/// over the items: each item's funding group, completion quarter and overdue flag are worked out once
/// (funding texts and end months repeat, so both are looked up by their text) and then added to every
/// category of the item.</summary>
internal static class GapTable
{
    public static IReadOnlyList<GapCategoryAggregate> Compute(IReadOnlyList<AnalysedPlan> plans, int totalSchools, DateOnly asOf)
    {
        var categories = GapCategories.All;
        var totals = categories.Select(_ => new CategoryTotals()).ToArray();
        var fundingGroups = new Dictionary<string, string>(StringComparer.Ordinal);
        var quarters = new Dictionary<string, (string Quarter, bool Overdue)>(StringComparer.Ordinal);
        var schoolIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var schoolNames = new List<string>();
        var schoolPlaces = new List<string?>();
        foreach (var plan in plans)
        {
            if (!schoolIds.TryGetValue(plan.SchoolKey, out var school))
            {
                // A school's name is the one its first plan gives.
                schoolIds[plan.SchoolKey] = school = schoolNames.Count;
                schoolNames.Add(plan.SchoolName);
                schoolPlaces.Add(SchoolLabels.Place(plan.Record.School));
            }
            foreach (var code in plan.PlanGaps)
            {
                var c = GapCategories.IndexOf(code);
                if (c >= 0) totals[c].Schools.Add(school);
            }
            for (var i = 0; i < plan.Record.Items.Count; i++)
            {
                var gaps = plan.ItemGaps[i];
                if (gaps.Count == 0) continue;
                var item = plan.Record.Items[i];
                var vnd = item.Budget?.Vnd;
                var source = item.Funding is null ? FundingSources.None : Cached(fundingGroups, item.Funding, FundingSources.Group);
                var end = item.Timeline?.End;
                var (period, overdue) = end is null ? (PlannedPeriod.Unknown, false)
                    : Cached(quarters, end, e => (PlannedPeriod.Quarter(e), PlannedPeriod.IsOverdue(e, asOf)));
                // A category listed twice for one item still counts the item once.
                var seen = 0;
                foreach (var code in gaps)
                {
                    var c = GapCategories.IndexOf(code);
                    if (c < 0 || (seen & (1 << c)) != 0) continue;
                    seen |= 1 << c;
                    totals[c].Add(school, vnd, source, period, overdue);
                }
            }
        }
        SchoolLabels.Disambiguate(schoolNames, schoolPlaces);
        // Schools sorted by name once; each category's list follows that order.
        var byName = Enumerable.Range(0, schoolNames.Count).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(schoolNames[a], schoolNames[b]))).ToArray();
        return categories.Select((category, c) => totals[c].ToAggregate(category, totalSchools,
            byName.Where(totals[c].Schools.Contains).Select(i => schoolNames[i]).ToList())).ToList();
    }

    private static T Cached<T>(Dictionary<string, T> cache, string key, Func<string, T> compute)
    {
        if (!cache.TryGetValue(key, out var value)) cache[key] = value = compute(key);
        return value;
    }

    private sealed class CategoryTotals
    {
        public HashSet<int> Schools { get; } = [];
        private readonly Dictionary<int, long> _schoolBudget = [];
        private readonly Dictionary<string, (int Items, long Budget)> _funding = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Items, long Budget)> _completion = new(StringComparer.Ordinal);
        private int _items, _overdue;
        private long _total;

        public void Add(int school, long? vnd, string source, string period, bool overdue)
        {
            _items++;
            if (vnd is { } amount)
            {
                _total += amount;
                _schoolBudget[school] = _schoolBudget.GetValueOrDefault(school) + amount;
            }
            var f = _funding.GetValueOrDefault(source);
            _funding[source] = (f.Items + 1, f.Budget + (vnd ?? 0));
            var q = _completion.GetValueOrDefault(period);
            _completion[period] = (q.Items + 1, q.Budget + (vnd ?? 0));
            if (overdue) _overdue++;
        }

        public GapCategoryAggregate ToAggregate(string category, int totalSchools, IReadOnlyList<string> schoolNames) => new(
            category,
            Schools.Count,
            totalSchools == 0 ? 0 : (double)Schools.Count / totalSchools,
            schoolNames,
            _items,
            _total,
            AggregateCalculator.Median(_schoolBudget.Values.ToList()),
            FundingSources.Order.Where(_funding.ContainsKey)
                .Select(s => new FundingCount(s, _funding[s].Items, _funding[s].Budget)).ToList(),
            AggregateCalculator.Sorted(_completion),
            _overdue);
    }
}
