namespace Analytics.Search.Facets;

/// <summary>The facets every query can count, and whether a document may hold several values.</summary>
public static class FacetCatalog
{
    public const string Province = "province";
    public const string District = "district";
    public const string Level = "level";
    public const string Standard = "standard";
    public const string Criterion = "criterion";
    public const string Gap = "gap";
    public const string Funding = "funding";
    public const string Year = "year";

    public static IReadOnlyList<string> All { get; } = [Province, District, Level, Standard, Criterion, Gap, Funding, Year];

    public static bool IsMultiValued(string facet) => facet is Gap or Year;
}
