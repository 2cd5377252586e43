namespace Analytics.Ingest.Review;

/// <summary>How much of a set of plans still needs review: plans with an open flag, open flags, and open
/// flags by reason.</summary>
public sealed record ReviewSummary(int Plans, int Fields, IReadOnlyDictionary<ReviewReason, int> ByReason)
{
    public static ReviewSummary Of(IEnumerable<ReviewFlag> flags)
    {
        var open = flags.Where(f => !f.Resolved).ToList();
        return new ReviewSummary(
            open.Select(f => f.PlanId).Distinct(StringComparer.Ordinal).Count(),
            open.Count,
            open.GroupBy(f => f.Reason).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()));
    }
}
