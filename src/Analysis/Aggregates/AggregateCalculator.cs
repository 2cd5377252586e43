using Analytics.Analysis.Classification;
using Analytics.Ingest.Normalization;

namespace Analytics.Analysis.Aggregates;

public sealed record AggregateOptions(DateOnly AsOf, string? Filter = null);

/// <summary>Computes every aggregate of the report from analysed plans, in one pass per table.</summary>
public static class AggregateCalculator
{
    public static AnalysisResult Compute(IReadOnlyList<AnalysedPlan> plans, AggregateOptions options)
    {
        var schools = plans.Select(p => p.SchoolKey).Distinct(StringComparer.Ordinal).Count();
        var items = plans.Sum(p => p.Record.Items.Count);
        var budgets = plans.SelectMany(p => p.Record.Items).Where(i => i.Budget?.Vnd is not null).ToList();
        var scope = new AnalysisScope(plans.Count, schools, items, budgets.Sum(i => i.Budget!.Vnd!.Value), budgets.Count, options.AsOf, options.Filter);
        // The tables only read the plans: each is computed on its own thread.
        var gaps = Task.Run(() => GapTable.Compute(plans, schools, options.AsOf));
        var criteria = Task.Run(() => CriterionTable.Compute(plans));
        // Provinces as they are today (the 2025 reform merged 63 into 34); districts no longer exist, so they
        // are listed as they were, with the province they belonged to.
        var byProvince = Task.Run(() => Breakdowns.Compute(plans, p => AdministrativeUnits.CurrentProvince(p.Record.School)));
        var byDistrict = Task.Run(() => Breakdowns.Compute(plans, p => p.Record.School.District is null ? null : $"{p.Record.School.District} ({p.Record.School.Province ?? "không rõ tỉnh"})"));
        var byLevel = Task.Run(() => Breakdowns.Compute(plans, p => p.Record.School.Level));
        var timeline = Task.Run(() => CompletionTimeline(plans));
        var overdue = Task.Run(() => plans.Sum(p => p.Record.Items.Where((item, i) => p.ItemGaps[i].Count > 0 && PlannedPeriod.IsOverdue(item.Timeline?.End, options.AsOf)).Count()));
        var quality = Task.Run(() => DataQualityScan.Scan(plans));
        return new AnalysisResult(scope, gaps.Result, criteria.Result, byProvince.Result, byDistrict.Result, byLevel.Result,
            timeline.Result, overdue.Result, quality.Result);
    }

    /// <summary>Items with at least one gap category, by planned completion quarter.</summary>
    private static IReadOnlyList<PeriodCount> CompletionTimeline(IReadOnlyList<AnalysedPlan> plans)
    {
        var counts = new Dictionary<string, (int Items, long Budget)>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            for (var i = 0; i < plan.Record.Items.Count; i++)
            {
                if (plan.ItemGaps[i].Count == 0) continue;
                var item = plan.Record.Items[i];
                var period = PlannedPeriod.Quarter(item.Timeline?.End);
                var (n, b) = counts.GetValueOrDefault(period);
                counts[period] = (n + 1, b + (item.Budget?.Vnd ?? 0));
            }
        }
        return Sorted(counts);
    }

    internal static IReadOnlyList<PeriodCount> Sorted(Dictionary<string, (int Items, long Budget)> counts) =>
        counts.OrderBy(c => c.Key == PlannedPeriod.Unknown ? 1 : 0).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new PeriodCount(c.Key, c.Value.Items, c.Value.Budget)).ToList();

    internal static long? Median(List<long> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    internal static int CategoryCount => GapCategories.All.Count;
}
