using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Aggregates;

/// <summary>Per gap category: schools, share, budget, funding, completion and overdue items.</summary>
internal static class GapTable
{
    public static IReadOnlyList<GapCategoryAggregate> Compute(IReadOnlyList<AnalysedPlan> plans, int totalSchools, DateOnly asOf)
    {
        var result = new List<GapCategoryAggregate>();
        foreach (var category in GapCategories.All)
        {
            var schools = new Dictionary<string, string>(StringComparer.Ordinal);
            var schoolBudget = new Dictionary<string, long>(StringComparer.Ordinal);
            var funding = new Dictionary<string, (int Items, long Budget)>(StringComparer.Ordinal);
            var completion = new Dictionary<string, (int Items, long Budget)>(StringComparer.Ordinal);
            int items = 0, overdue = 0;
            long total = 0;
            foreach (var plan in plans)
            {
                if (plan.PlanGaps.Contains(category)) schools.TryAdd(plan.SchoolKey, plan.SchoolName);
                for (var i = 0; i < plan.Record.Items.Count; i++)
                {
                    if (!plan.ItemGaps[i].Contains(category)) continue;
                    var item = plan.Record.Items[i];
                    var vnd = item.Budget?.Vnd;
                    items++;
                    if (vnd is { } amount)
                    {
                        total += amount;
                        schoolBudget[plan.SchoolKey] = schoolBudget.GetValueOrDefault(plan.SchoolKey) + amount;
                    }
                    var source = FundingSources.Group(item.Funding);
                    var f = funding.GetValueOrDefault(source);
                    funding[source] = (f.Items + 1, f.Budget + (vnd ?? 0));
                    var period = PlannedPeriod.Quarter(item.Timeline?.End);
                    var c = completion.GetValueOrDefault(period);
                    completion[period] = (c.Items + 1, c.Budget + (vnd ?? 0));
                    if (PlannedPeriod.IsOverdue(item.Timeline?.End, asOf)) overdue++;
                }
            }
            result.Add(new GapCategoryAggregate(
                category,
                schools.Count,
                totalSchools == 0 ? 0 : (double)schools.Count / totalSchools,
                schools.Values.Order(StringComparer.Ordinal).ToList(),
                items,
                total,
                AggregateCalculator.Median(schoolBudget.Values.ToList()),
                FundingSources.Order.Where(funding.ContainsKey)
                    .Select(s => new FundingCount(s, funding[s].Items, funding[s].Budget)).ToList(),
                AggregateCalculator.Sorted(completion),
                overdue));
        }
        return result;
    }
}
