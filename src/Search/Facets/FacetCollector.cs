using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Facets;

/// <summary>The facet counts of one search: per facet and segment, counts indexed by the segment's
/// ordinals, then mapped to global ordinals with the reader's ordinal maps. Each segment is counted by one
/// collector, so collectors of different segments may run on different threads.</summary>
internal sealed class FacetCounts
{
    private readonly IReadOnlyList<string> _facets;
    // [facet][segment] → counts per value slot, segment ordinal + 1 (null when the segment lacks the field).
    private readonly int[]?[][] _counts;

    public FacetCounts(IndexReader reader, IReadOnlyList<string> facets)
    {
        _facets = facets;
        _counts = facets.Select(_ => new int[]?[reader.Leaves.Count]).ToArray();
    }

    /// <summary>A collector for one or more segments; call <see cref="FacetCollector.Flush"/> once its last
    /// segment is scored.</summary>
    public FacetCollector NewCollector() => new(_facets, _counts);

    public IReadOnlyList<FacetResult> Results(FacetOrdinals ordinals, int top) =>
        _facets.Select((facet, f) => ordinals.Total(facet, _counts[f], top)).ToList();
}

/// <summary>Counts facet values of the matching documents of the segments it is given, from the segments'
/// cached <see cref="SegmentOrdinals"/>. Matches are buffered and counted a batch at a time, one facet after
/// the other: each facet's ordinal array and counts stay in cache for the whole batch, instead of eight
/// arrays being touched per document. <see cref="Flush"/> counts what is buffered; the searcher calls it
/// after each segment.</summary>
internal sealed class FacetCollector : ICollector
{
    private const int BatchSize = 2048;
    private readonly IReadOnlyList<string> _facets;
    private readonly int[]?[][] _counts;
    private readonly FacetColumn?[] _columns;
    private readonly int[]?[] _current;
    private readonly int[] _batch = new int[BatchSize];
    private int _buffered;

    internal FacetCollector(IReadOnlyList<string> facets, int[]?[][] counts)
    {
        _facets = facets;
        _counts = counts;
        _columns = new FacetColumn?[facets.Count];
        _current = new int[]?[facets.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var ordinals = SegmentOrdinals.For(context.AtomicReader);
        for (var f = 0; f < _facets.Count; f++)
        {
            var column = _columns[f] = ordinals.Column(_facets[f], context.AtomicReader);
            // Counts by value slot: the segment ordinal + 1, slot 0 counting documents without a value.
            _current[f] = column is null ? null : _counts[f][context.Ord] = new int[column.ValueCount + 1];
        }
    }

    public void Collect(int doc)
    {
        _batch[_buffered++] = doc;
        if (_buffered == BatchSize) Flush();
    }

    /// <summary>Counts the buffered matches into the current segment's counts.</summary>
    public void Flush()
    {
        var batch = _batch.AsSpan(0, _buffered);
        _buffered = 0;
        if (batch.IsEmpty) return;
        for (var f = 0; f < _columns.Length; f++)
        {
            if (_current[f] is { } counts) _columns[f]!.Count(batch, counts);
        }
    }
}
