using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Analytics.Search.Querying;

/// <summary>The one-byte length norms of a text field in one segment, read once into a plain array and
/// kept for as long as the segment lives (as <see cref="Facets.SegmentOrdinals"/> does for facets).</summary>
internal static class SegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]?>> Cache = new();

    /// <summary>The norms of the field, or null when the segment has none (then BM25 takes k1 as the length factor).</summary>
    public static byte[]? For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Load(reader, f));

    private static byte[]? Load(AtomicReader reader, string field)
    {
        var values = reader.GetNormValues(field);
        if (values is null) return null;
        var norms = new byte[reader.MaxDoc];
        for (var doc = 0; doc < norms.Length; doc++) norms[doc] = (byte)values.Get(doc);
        return norms;
    }
}
