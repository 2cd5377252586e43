using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>The parser's one door to the field normalisers (money, time, levels, criteria, provinces,
/// gap categories), so the parser never parses amounts or dates itself.
/// TEMPORARY: the normalisers have not landed yet; every call answers "unknown" until they do.</summary>
internal static class Normalizers
{
    public sealed record BudgetResult(Budget? Budget, string? Funding, IReadOnlyList<string> Warnings);

    public static BudgetResult Budget(string? text, string? header) => new(null, null, []);

    public static (Timeline? Timeline, IReadOnlyList<string> Warnings) Timeline(string? text, int? periodStart, int? periodEnd) => (null, []);

    public static string? Level(string text) => null;

    public static string? CriterionName(string? level, string code) => null;

    public static bool IsKnownCriterion(string? level, string code) => true;

    public static IReadOnlyList<string> Gaps(string text) => [];

    public static string? Province(string text) => null;

    public static string? CanonicalProvince(string name) => null;

    public static string? CurrentProvince(string? province) => null;
}
