namespace Analytics.Search.Querying;

/// <summary>The fields a query may name, for parsing and for the error message listing them.</summary>
public static class QuerySyntax
{
    public static IReadOnlyList<string> Fields { get; } =
        ["criterion", "standard", "level", "province", "district", "year", "gap", "funding", "budget"];

    public static IReadOnlyList<string> RangeFields { get; } = ["budget", "year", "standard"];

    public const string Help =
        "Query syntax: words (accents optional), \"phrases\", field:value with fields " +
        "criterion, standard, level, province, district, year, gap, funding, budget; ranges like " +
        "budget:[1000000000 TO *] or year:[2023 TO 2025]; AND, OR, NOT (or -word), parentheses; * for all.";
}
