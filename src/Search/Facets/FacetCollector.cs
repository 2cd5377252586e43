using Analytics.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Facets;

/// <summary>Counts facet values of the matching documents on DocValues: per segment into arrays indexed by
/// the segment's ordinals, then mapped to global ordinals with the reader's ordinal maps.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly IReadOnlyList<string> _facets;
    // [facet][segment] → counts per segment ordinal (null when the segment lacks the field).
    private readonly int[]?[][] _counts;
    private readonly SortedDocValues?[] _single;
    private readonly SortedSetDocValues?[] _multi;
    private int[]?[] _current;

    public FacetCollector(IndexReader reader, IReadOnlyList<string> facets)
    {
        _facets = facets;
        var segments = reader.Leaves.Count;
        _counts = facets.Select(_ => new int[]?[segments]).ToArray();
        _single = new SortedDocValues?[facets.Count];
        _multi = new SortedSetDocValues?[facets.Count];
        _current = new int[]?[facets.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        for (var f = 0; f < _facets.Count; f++)
        {
            var field = IndexFields.FacetField(_facets[f]);
            _single[f] = null;
            _multi[f] = null;
            _current[f] = null;
            if (FacetCatalog.IsMultiValued(_facets[f]))
            {
                var values = reader.GetSortedSetDocValues(field);
                if (values is null) continue;
                _multi[f] = values;
                _current[f] = _counts[f][context.Ord] = new int[values.ValueCount];
            }
            else
            {
                var values = reader.GetSortedDocValues(field);
                if (values is null) continue;
                _single[f] = values;
                _current[f] = _counts[f][context.Ord] = new int[values.ValueCount];
            }
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
                var ord = single.GetOrd(doc);
                if (ord >= 0) counts[ord]++;
            }
            else
            {
                var multi = _multi[f]!;
                multi.SetDocument(doc);
                long ord;
                while ((ord = multi.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
            }
        }
    }

    public IReadOnlyList<FacetResult> Results(FacetOrdinals ordinals, int top) =>
        _facets.Select((facet, f) => ordinals.Total(facet, _counts[f], top)).ToList();
}
