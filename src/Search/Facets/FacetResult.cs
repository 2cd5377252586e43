namespace Analytics.Search.Facets;

/// <summary>Counts of one facet for the current query: the top values (most documents first, then by
/// label) and how many distinct values had any document.</summary>
public sealed record FacetResult(string Facet, IReadOnlyList<FacetValue> Values, int DistinctValues);

public sealed record FacetValue(string Label, int Count);
