using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Facets;

/// <summary>The facet counts of one search: per facet and segment, counts indexed by the segment's
/// ordinals, then mapped to global ordinals with the reader's ordinal maps. Each segment is counted by one
/// collector, so collectors of different segments may run on different threads.</summary>
internal sealed class FacetCounts
{
    private readonly IReadOnlyList<string> _facets;
    // [facet][segment] → counts per segment ordinal (null when the segment lacks the field).
    private readonly int[]?[][] _counts;

    public FacetCounts(IndexReader reader, IReadOnlyList<string> facets)
    {
        _facets = facets;
        _counts = facets.Select(_ => new int[]?[reader.Leaves.Count]).ToArray();
    }

    public ICollector NewCollector() => new FacetCollector(_facets, _counts);

    public IReadOnlyList<FacetResult> Results(FacetOrdinals ordinals, int top) =>
        _facets.Select((facet, f) => ordinals.Total(facet, _counts[f], top)).ToList();
}

/// <summary>Counts facet values of the matching documents of the segments it is given, from the segments'
/// cached <see cref="SegmentOrdinals"/>: one array read per document and facet.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly IReadOnlyList<string> _facets;
    private readonly int[]?[][] _counts;
    private readonly int[]?[] _single;
    private readonly int[]?[] _starts;
    private readonly int[]?[] _ordinals;
    private readonly int[]?[] _current;

    internal FacetCollector(IReadOnlyList<string> facets, int[]?[][] counts)
    {
        _facets = facets;
        _counts = counts;
        _single = new int[]?[facets.Count];
        _starts = new int[]?[facets.Count];
        _ordinals = new int[]?[facets.Count];
        _current = new int[]?[facets.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        var ordinals = SegmentOrdinals.For(context.AtomicReader);
        for (var f = 0; f < _facets.Count; f++)
        {
            var column = ordinals.Column(_facets[f], context.AtomicReader);
            _single[f] = column?.Single;
            _starts[f] = column?.Starts;
            _ordinals[f] = column?.Ordinals;
            _current[f] = column is null ? null : _counts[f][context.Ord] = new int[column.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _current.Length; f++)
        {
            var counts = _current[f];
            if (counts is null) continue;
            if (_single[f] is { } single)
            {
                var ord = single[doc];
                if (ord >= 0) counts[ord]++;
            }
            else
            {
                var starts = _starts[f]!;
                var ordinals = _ordinals[f]!;
                for (var i = starts[doc]; i < starts[doc + 1]; i++) counts[ordinals[i]]++;
            }
        }
    }
}
