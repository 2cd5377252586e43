using System.Text.RegularExpressions;
using Analytics.Ingest.Records;
using Analytics.Ingest.Text;

namespace Analytics.Search.Indexing;

/// <summary>The facet and filter values of one item (or plan), defined once so that the index, the
/// facet labels and any brute-force check agree. Labels are NFC, trimmed, inner whitespace collapsed.</summary>
public static partial class ItemFacts
{
    private const int MaxYearSpan = 20;

    public static string? Label(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = Analysis.FastNfc.Normalize(value).Trim();
        // Most values are already clean; only rebuild those with runs of whitespace or odd spaces.
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] != ' ' && char.IsWhiteSpace(trimmed[i])) return Whitespace().Replace(trimmed, " ");
            if (trimmed[i] == ' ' && i + 1 < trimmed.Length && char.IsWhiteSpace(trimmed[i + 1])) return Whitespace().Replace(trimmed, " ");
        }
        return trimmed;
    }

    /// <summary>The item's gap categories by the one gap policy (<see cref="ItemGapPolicy.Of"/>), which the
    /// report counts by too.</summary>
    public static IReadOnlyList<string> Gaps(PlanItem item) => Distinct(ItemGapPolicy.Of(item));

    /// <summary>The plan's gap categories by the one gap policy (<see cref="ItemGapPolicy.OfPlan"/>).</summary>
    public static IReadOnlyList<string> PlanGaps(PlanRecord plan) => Distinct(ItemGapPolicy.OfPlan(plan));

    /// <summary>Years the item's timeline spans when known, else the years of the plan's period.</summary>
    public static IReadOnlyList<int> Years(PlanRecord plan, PlanItem item)
    {
        var start = YearOf(item.Timeline?.Start);
        var end = YearOf(item.Timeline?.End);
        if (start is null && end is null) return PlanYears(plan);
        return Span(start ?? end!.Value, end ?? start!.Value);
    }

    public static IReadOnlyList<int> PlanYears(PlanRecord plan)
    {
        var start = plan.Document.PeriodStart;
        var end = plan.Document.PeriodEnd;
        if (start is null && end is null) return [];
        return Span(start ?? end!.Value, end ?? start!.Value);
    }

    private static IReadOnlyList<int> Span(int from, int to)
    {
        if (to < from) (from, to) = (to, from);
        if (to - from > MaxYearSpan) to = from + MaxYearSpan;
        return Enumerable.Range(from, to - from + 1).ToArray();
    }

    private static int? YearOf(string? month) =>
        month is { Length: >= 4 } && int.TryParse(month.AsSpan(0, 4), out var year) ? year : null;

    private static IReadOnlyList<string> Distinct(IEnumerable<string> values) =>
        values.Select(Label).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
