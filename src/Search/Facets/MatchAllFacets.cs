using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Analytics.Search.Facets;

/// <summary>The facet counts of the match-all query ("*", the workspace's landing page), kept per reader:
/// a reader is one point in time, so its counts never change, and a new commit brings a new reader.</summary>
internal static class MatchAllFacets
{
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Kind, int Top), IReadOnlyList<FacetResult>>> Cache = new();

    public static IReadOnlyList<FacetResult>? Cached(IndexReader reader, string kind, int top) =>
        Cache.TryGetValue(reader, out var byRequest) && byRequest.TryGetValue((kind, top), out var results) ? results : null;

    public static void Keep(IndexReader reader, string kind, int top, IReadOnlyList<FacetResult> results) =>
        Cache.GetOrCreateValue(reader)[(kind, top)] = results;
}
