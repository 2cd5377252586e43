using System.Runtime.CompilerServices;
using Analytics.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

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
        var lookups = new Func<long, BytesRef, BytesRef>[leaves.Count];
        var any = false;
        for (var i = 0; i < leaves.Count; i++)
        {
            var reader = leaves[i].AtomicReader;
            if (FacetCatalog.IsMultiValued(facet))
            {
                var values = reader.GetSortedSetDocValues(field);
                enums[i] = values?.GetTermsEnum() ?? TermsEnum.EMPTY;
                if (values is not null) { any = true; lookups[i] = (ord, bytes) => { values.LookupOrd(ord, bytes); return bytes; }; }
            }
            else
            {
                var values = reader.GetSortedDocValues(field);
                enums[i] = values?.GetTermsEnum() ?? TermsEnum.EMPTY;
                if (values is not null) { any = true; lookups[i] = (ord, bytes) => { values.LookupOrd((int)ord, bytes); return bytes; }; }
            }
        }
        return any ? new Map(new MultiDocValues.OrdinalMap(_reader.CoreCacheKey, enums), lookups) : new Map(null, lookups);
    }

    private sealed record Map(MultiDocValues.OrdinalMap? Ordinals, Func<long, BytesRef, BytesRef>[] Lookups)
    {
        public string Label(long global)
        {
            var segment = Ordinals!.GetFirstSegmentNumber(global);
            var ord = Ordinals.GetFirstSegmentOrd(global);
            return Lookups[segment](ord, new BytesRef()).Utf8ToString();
        }
    }
}
