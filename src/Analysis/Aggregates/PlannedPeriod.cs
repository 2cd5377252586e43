using System.Globalization;

namespace Analytics.Analysis.Aggregates;

/// <summary>The planned completion month of an item ("YYYY-MM" timeline end) as a year and quarter.</summary>
public static class PlannedPeriod
{
    public const string Unknown = "Không xác định";

    public static (int Year, int Month)? End(string? yearMonth)
    {
        if (yearMonth is null || yearMonth.Length != 7 || yearMonth[4] != '-') return null;
        if (!int.TryParse(yearMonth.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (!int.TryParse(yearMonth.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return null;
        return month is >= 1 and <= 12 ? (year, month) : null;
    }

    /// <summary>"2024-Q3", or <see cref="Unknown"/>.</summary>
    public static string Quarter(string? yearMonth) =>
        End(yearMonth) is { } end ? $"{end.Year}-Q{(end.Month - 1) / 3 + 1}" : Unknown;

    /// <summary>True when the whole planned end month lies before <paramref name="asOf"/>.</summary>
    public static bool IsOverdue(string? yearMonth, DateOnly asOf) =>
        End(yearMonth) is { } end && new DateOnly(end.Year, end.Month, 1).AddMonths(1) <= asOf;
}
