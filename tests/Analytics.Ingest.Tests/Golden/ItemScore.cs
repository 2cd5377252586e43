using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Item-level counts: an extracted item matches an expected one when criterion, budget (VND) and
/// timeline start and end are all equal; each item matches at most once.</summary>
public sealed record ItemScore(int Expected, int Actual, int Matched)
{
    public static ItemScore Zero { get; } = new(0, 0, 0);

    public double Precision => Actual == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Actual;
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public ItemScore Add(ItemScore other) => new(Expected + other.Expected, Actual + other.Actual, Matched + other.Matched);

    public static ItemScore Of(IEnumerable<PlanItem> expected, IEnumerable<PlanItem> actual) =>
        OfKeys(expected.Select(Key), actual.Select(Key));

    /// <summary>Counts over any item key (e.g. criterion alone, or criterion and budget): each expected key
    /// matches at most one equal actual key.</summary>
    public static ItemScore OfKeys(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var wanted = expected.ToList();
        var pool = actual.ToList();
        var total = pool.Count;
        var matched = 0;
        foreach (var key in wanted)
        {
            var index = pool.IndexOf(key);
            if (index < 0) continue;
            pool.RemoveAt(index);
            matched++;
        }
        return new ItemScore(wanted.Count, total, matched);
    }

    private static string Key(PlanItem item) =>
        $"{item.Criterion?.Trim()}|{item.Budget?.Vnd}|{item.Timeline?.Start}|{item.Timeline?.End}";
}
