using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>The parser's one door to the field normalisers (money, time, levels, criteria, provinces,
/// gap categories), so the parser never parses amounts or dates itself.</summary>
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

    /// <summary>The words of a line stating the unit of a table's bare amounts ("Đơn vị tính: triệu đồng"), or null.</summary>
    public static string? UnitStatement(string line) => MoneyParser.UnitStatement(line);

    /// <summary>Whether a budget header names its unit ("Kinh phí (triệu đồng)").</summary>
    public static bool NamesUnit(string header) => MoneyParser.UnitFromHeader(header) is not null;

    public static (Timeline? Timeline, IReadOnlyList<string> Warnings) Timeline(string? text, int? periodStart, int? periodEnd, string? issuedMonth = null)
    {
        var parsed = TimelineParser.ParseDetailed(text, periodStart, periodEnd, issuedMonth);
        return (parsed.Timeline, parsed.Warnings);
    }

    public static string? Level(string text) => SchoolLevels.Detect(text);

    public static string? CriterionName(string? level, string code) =>
        level is null ? null : CriteriaCatalogue.Find(level, code)?.Name;

    /// <summary>Whether the code is a criterion of the level's circular (true when the level is unknown).</summary>
    public static bool IsKnownCriterion(string? level, string code) =>
        level is null || CriteriaCatalogue.Find(level, code) is not null;

    public static PlaceMatch? Place(string text) => ProvinceMap.FindInText(text);

    public static string? CanonicalProvince(string name) => ProvinceMap.Canonical(name);

    public static string? CurrentProvince(string? province) => province is null ? null : ProvinceMap.Current(province);
}
