namespace Analytics.Ingest.Normalization;

/// <summary>One dated phrase inside a timeline cell. <see cref="Year"/> is the anchor year the months are
/// counted from (null until resolved for "Tháng 9", "HKI", "Quý 2" written without a year); start and end
/// are month numbers relative to it, so "HKI 2024-2025" is 2024 + (9 .. 13).</summary>
internal sealed record TimelineMention(int Position, int Length, int? Year, int StartMonth, int EndMonth, TimelineMentionKind Kind)
{
    public YearMonth? Start => Year is { } y ? YearMonth.Of(y, StartMonth) : null;
    public YearMonth? End => Year is { } y ? YearMonth.Of(y, EndMonth) : null;
}

/// <summary><see cref="YearPair"/> is a bare "2027-2028": a school year unless the plan spans several years
/// and both years lie inside it, when it means the calendar years (the parser decides from the period).</summary>
internal enum TimelineMentionKind { SchoolYear, Semester, Quarter, Summer, Month, Year, YearPair }
