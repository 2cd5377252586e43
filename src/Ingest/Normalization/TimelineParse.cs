using Analytics.Ingest.Records;

namespace Analytics.Ingest.Normalization;

/// <summary>A timeline cell read by <see cref="TimelineParser"/>: the timeline (null only for an empty
/// cell) and the doubts met reading it (a school year spanning eleven years, a month with no year…).</summary>
/// <param name="Implausible">When the dates read make no sense for the plan ("2013-2024" in a 2023-2024
/// plan), the timeline keeps its text with null months and the dates read are kept here instead.</param>
public sealed record TimelineParse(Timeline? Timeline, IReadOnlyList<string> Warnings, Timeline? Implausible = null)
{
    public static TimelineParse Empty { get; } = new(null, []);
}

/// <summary>A calendar month; compares chronologically.</summary>
internal readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth Of(int year, int month)
    {
        // Offsets such as "month 13" roll into the next year.
        var index = year * 12 + (month - 1);
        return new YearMonth(index / 12, index % 12 + 1);
    }

    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
