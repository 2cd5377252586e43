namespace Analytics.Search;

/// <summary>Marker for the search assembly (Lucene index, Vietnamese analysis, queries, facets, snippets).</summary>
internal static class SearchAssembly;
