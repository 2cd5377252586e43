namespace Analytics.Search.Querying;

/// <summary>What to search: the query text, how many hits, whether to count facets, and over which
/// documents (items by default; plans = one document per plan with its title and weaknesses).</summary>
public sealed record SearchRequest(string Query)
{
    public int Top { get; init; } = 10;
    public bool Facets { get; init; }
    public int FacetTop { get; init; } = 10;
    public SearchScope Scope { get; init; } = SearchScope.Items;
    public int SnippetLength { get; init; } = 200;
    /// <summary>Documents outside it are never found, counted or shown (null: the whole collection).</summary>
    public SearchWithin? Within { get; init; }
}

public enum SearchScope { Items, Plans }
