using System.Runtime.CompilerServices;
using Analytics.Search.Indexing;
using Lucene.Net.Index;

namespace Analytics.Search.Facets;

/// <summary>The facet ordinals of every document of one segment, read once from DocValues into plain
/// arrays and kept for as long as the segment lives (a reopened reader shares its unchanged segments, so
/// only new segments are read). Counting a query's matches is then one array read per document and
/// facet, instead of a packed, memory-mapped DocValues lookup.</summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentOrdinals> Cache = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FacetColumn> _columns = new(StringComparer.Ordinal);

    /// <summary>The ordinals of a segment, keyed on its core (deletions do not change DocValues).</summary>
    public static SegmentOrdinals For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentOrdinals());

    /// <summary>The facet's column, or null when no document of the segment has the field. The reader is
    /// any open reader of the segment (they share the core, and so the DocValues).</summary>
    public FacetColumn? Column(string facet, AtomicReader reader)
    {
        lock (_lock)
        {
            if (!_columns.TryGetValue(facet, out var column)) _columns[facet] = column = Load(facet, reader);
            return column.ValueCount == 0 ? null : column;
        }
    }

    private static FacetColumn Load(string facet, AtomicReader reader)
    {
        var field = IndexFields.FacetField(facet);
        var maxDoc = reader.MaxDoc;
        if (FacetCatalog.IsMultiValued(facet))
        {
            var values = reader.GetSortedSetDocValues(field);
            if (values is null) return FacetColumn.Empty;
            var starts = new int[maxDoc + 1];
            var ords = new List<int>(maxDoc);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ords.Count;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
            }
            starts[maxDoc] = ords.Count;
            return new FacetColumn((int)values.ValueCount, null, starts, ords.ToArray());
        }
        var single = reader.GetSortedDocValues(field);
        if (single is null) return FacetColumn.Empty;
        var byDoc = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++) byDoc[doc] = single.GetOrd(doc);
        return new FacetColumn(single.ValueCount, byDoc, null, null);
    }
}

/// <summary>One facet of one segment: per document either one ordinal (-1 when none) or a run of
/// ordinals (<see cref="Starts"/>[doc] .. <see cref="Starts"/>[doc + 1] in <see cref="Ordinals"/>).</summary>
internal sealed record FacetColumn(int ValueCount, int[]? Single, int[]? Starts, int[]? Ordinals)
{
    public static FacetColumn Empty { get; } = new(0, null, null, null);
}
