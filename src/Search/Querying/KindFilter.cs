using Analytics.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Analytics.Search.Querying;

/// <summary>Documents of one kind (items or plans), as a filter cached per segment in a plain bit set.
/// A bit set offers random access, so the searcher applies it as the accepted documents of the query's
/// own postings (a bit test per candidate) instead of leap-frogging the query against a posting list of
/// nearly every document, as a MUST clause or Lucene's default compressed cache would.</summary>
internal sealed class KindFilter : CachingWrapperFilter
{
    public static KindFilter Items { get; } = new(IndexFields.KindItem);
    public static KindFilter Plans { get; } = new(IndexFields.KindPlan);

    private KindFilter(string kind) : base(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Kind, kind)))) { }

    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
