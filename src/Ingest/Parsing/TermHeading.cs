using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>A heading that is only a period of the school year ("1. Học kỳ I năm học 2024-2025", "3. Hè 2025"):
/// the plan is arranged by time, and the tables under it have no time column of their own.</summary>
internal static partial class TermHeading
{
    private const int MaxLength = 60;

    /// <summary>The period the heading names, without its list number; null for any other line.</summary>
    public static string? Of(string text)
    {
        var trimmed = ListNumber().Replace(text.Trim(), "").Trim().TrimEnd(':', '.').Trim();
        if (trimmed.Length is 0 or > MaxLength || !Term().IsMatch(Folded.Of(trimmed))) return null;
        return ProseItemReader.IsTimeFragment(trimmed) ? trimmed : null;
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[IVX]{1,4}|[a-d])\s*[\.\)]\s+")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^(?:hoc ky|hk\s*i|he|quy|giai doan|dot)\b")]
    private static partial Regex Term();
}
