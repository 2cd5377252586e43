using Analytics.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Querying;

/// <summary>Scores a query segment by segment, on up to one thread per core for a large index: each segment
/// gets its own top-hits collector (merged afterwards, ties to the lower document as in one pass) and its own
/// facet collector (each writes only its segment's counts). The weight is made once against the whole
/// index, so scores use the collection's statistics, not a segment's.</summary>
internal static class SegmentSearch
{
    /// <summary>Below this many documents one thread does it all: a task costs more than it saves.</summary>
    private const int ParallelFrom = 50_000;

    public static TopDocs Run(IndexSearcher searcher, Query query, Filter filter, int top, FacetCounts? facets)
    {
        // Free text alone takes the walk that scores only competitive matches; anything else Lucene's.
        var syllables = query is SyllableQuery ? (SyllableQuery.SyllableWeight)searcher.CreateNormalizedWeight(query) : null;
        var weight = syllables ?? searcher.CreateNormalizedWeight(new FilteredQuery(query, filter));
        var leaves = searcher.IndexReader.Leaves;
        var results = new TopDocs[leaves.Count];
        var shared = new SyllableTopHits.SharedThreshold();
        void Segment(AtomicReaderContext leaf)
        {
            if (syllables is not null)
            {
                var accepted = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs);
                results[leaf.Ord] = accepted is null
                    ? new TopDocs(0, [], float.NaN)
                    : SyllableTopHits.Collect(syllables, leaf, accepted.Bits ?? throw new InvalidOperationException("the kind filter offers random access"), top, facets?.NewCollector(), shared);
                return;
            }
            var hits = TopScoreDocCollector.Create(top, docsScoredInOrder: false);
            var counter = facets?.NewCollector();
            ICollector collector = counter is null ? hits : MultiCollector.Wrap(hits, counter);
            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            collector.SetNextReader(leaf);
            scorer?.Score(collector);
            counter?.Flush();
            results[leaf.Ord] = hits.GetTopDocs();
        }
        // Largest segments first: in parallel the last task to start is a short one, and free text's bar
        // for the top hits is raised by the most documents before the smaller segments are walked.
        var bySize = leaves.OrderByDescending(l => l.AtomicReader.MaxDoc).ToList();
        var threads = Math.Min(Environment.ProcessorCount, leaves.Count);
        if (threads > 1 && searcher.IndexReader.MaxDoc >= ParallelFrom)
            Parallel.ForEach(bySize, new ParallelOptions { MaxDegreeOfParallelism = threads }, Segment);
        else
            foreach (var leaf in bySize) Segment(leaf);
        return leaves.Count == 1 ? results[0] : TopDocs.Merge(null, top, results);
    }
}
