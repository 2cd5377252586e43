namespace Analytics.Search.Querying;

/// <summary>Item hits of one plan, in the order of the plan's best hit.</summary>
public sealed record PlanGroup(string PlanId, string? School, string Source, IReadOnlyList<SearchHit> Items);

public static class PlanGroups
{
    /// <summary>How many item hits to fetch per plan wanted, so grouping has enough to fill the page.</summary>
    public const int ItemsPerPlanFetched = 10;

    public static IEnumerable<PlanGroup> Of(IEnumerable<SearchHit> hits) =>
        hits.GroupBy(h => h.PlanId).Select(g => new PlanGroup(g.Key, g.First().School, g.First().Source, g.ToList()));
}
