using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>The parser's one door to the field normalisers (money, time, levels, criteria, provinces,
/// gap categories), so the parser never parses amounts or dates itself.
/// TEMPORARY: only the money parser has landed; the other calls answer "unknown" until theirs do.</summary>
internal static class Normalizers
{
    public sealed record BudgetResult(Budget? Budget, string? Funding, IReadOnlyList<string> Warnings);

    public static BudgetResult Budget(string? text, string? header)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null, null, []);
        var unit = header is null ? null : MoneyParser.UnitFromHeader(header);
        var parsed = MoneyParser.ParseDetailed(text, new MoneyOptions(unit));
        return new(parsed.Budget, parsed.Funding, parsed.Warnings);
    }

    public static (Timeline? Timeline, IReadOnlyList<string> Warnings) Timeline(string? text, int? periodStart, int? periodEnd) => (null, []);

    public static string? Level(string text) => null;

    public static string? CriterionName(string? level, string code) => null;

    public static bool IsKnownCriterion(string? level, string code) => true;

    public static IReadOnlyList<string> Gaps(string text) => [];

    public static string? Province(string text) => null;

    public static string? CanonicalProvince(string name) => null;

    public static string? CurrentProvince(string? province) => null;
}
