using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Analytics.Search.Facets;

/// <summary>Reads a facet's values of one segment from its sorted (or sorted-set) doc values. Each call
/// asks the segment for its doc values, which Lucene keeps per thread, so callers on different threads
/// never share one instance's lookup state.</summary>
internal static class SegmentLabels
{
    public static TermsEnum? Enumerate(AtomicReader reader, string facet, string field) =>
        FacetCatalog.IsMultiValued(facet)
            ? reader.GetSortedSetDocValues(field)?.GetTermsEnum()
            : reader.GetSortedDocValues(field)?.GetTermsEnum();

    public static string Lookup(AtomicReader reader, string facet, string field, long ord)
    {
        var bytes = new BytesRef();
        if (FacetCatalog.IsMultiValued(facet)) reader.GetSortedSetDocValues(field).LookupOrd(ord, bytes);
        else reader.GetSortedDocValues(field).LookupOrd((int)ord, bytes);
        return bytes.Utf8ToString();
    }
}
