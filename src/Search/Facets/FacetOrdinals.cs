using System.Runtime.CompilerServices;
using Analytics.Search.Indexing;
using Lucene.Net.Index;

namespace Analytics.Search.Facets;

/// <summary>The global ordinal maps of one reader, one per facet, built on first use and kept for as long
/// as the reader lives (a reopened reader gets new maps).</summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> Cache = new();
    private readonly IndexReader _reader;
    private readonly Dictionary<string, Map> _maps = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private FacetOrdinals(IndexReader reader) => _reader = reader;

    public static FacetOrdinals For(IndexReader reader) => Cache.GetValue(reader, r => new FacetOrdinals(r));

    public FacetResult Total(string facet, int[]?[] segmentCounts, int top)
    {
        var map = MapFor(facet);
        if (map.Ordinals is null) return new FacetResult(facet, [], 0);
        var global = new int[map.Ordinals.ValueCount];
        for (var segment = 0; segment < segmentCounts.Length; segment++)
        {
            var counts = segmentCounts[segment];
            if (counts is null) continue;
            // Slot 0 counts documents without a value; slot k is segment ordinal k − 1.
            for (var slot = 1; slot < counts.Length; slot++)
                if (counts[slot] != 0) global[map.Ordinals.GetGlobalOrd(segment, slot - 1)] += counts[slot];
        }
        var present = Enumerable.Range(0, global.Length).Where(g => global[g] > 0).ToList();
        var values = present
            .Select(g => new FacetValue(map.Label(g), global[g]))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        return new FacetResult(facet, values, present.Count);
    }

    private Map MapFor(string facet)
    {
        lock (_lock)
        {
            if (!_maps.TryGetValue(facet, out var map)) _maps[facet] = map = Build(facet);
            return map;
        }
    }

    private Map Build(string facet)
    {
        var field = IndexFields.FacetField(facet);
        var leaves = _reader.Leaves;
        var enums = new TermsEnum[leaves.Count];
        var any = false;
        for (var i = 0; i < leaves.Count; i++)
        {
            // These doc values serve only this build, under the lock; labels are looked up per call (below).
            var values = SegmentLabels.Enumerate(leaves[i].AtomicReader, facet, field);
            enums[i] = values ?? TermsEnum.EMPTY;
            any |= values is not null;
        }
        var ordinals = any ? new MultiDocValues.OrdinalMap(_reader.CoreCacheKey, enums) : null;
        return new Map(ordinals, leaves, facet, field);
    }

    /// <summary>A facet's global ordinals and how to name them. A label is read through doc values fetched
    /// on the calling thread: Lucene hands each thread its own doc-values instance, and one instance shared
    /// by concurrent searches returns another value's bytes (or throws) when two lookups interleave.</summary>
    private sealed record Map(MultiDocValues.OrdinalMap? Ordinals, IList<AtomicReaderContext> Leaves, string Facet, string Field)
    {
        public string Label(long global)
        {
            var segment = Ordinals!.GetFirstSegmentNumber(global);
            var ord = Ordinals.GetFirstSegmentOrd(global);
            return SegmentLabels.Lookup(Leaves[segment].AtomicReader, Facet, Field, ord);
        }
    }
}
