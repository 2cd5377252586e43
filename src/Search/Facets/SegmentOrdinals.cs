using System.Numerics;
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
            var slots = new List<int>(maxDoc);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = slots.Count;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) slots.Add((int)ord + 1);
            }
            starts[maxDoc] = slots.Count;
            return FacetColumn.Many((int)values.ValueCount, starts, slots);
        }
        var single = reader.GetSortedDocValues(field);
        if (single is null) return FacetColumn.Empty;
        var byDoc = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++) byDoc[doc] = single.GetOrd(doc) + 1;
        return FacetColumn.Single(single.ValueCount, byDoc);
    }
}

/// <summary>One facet of one segment: per document its value slots, a slot being the segment ordinal + 1
/// (slot 0: no value). Slots are kept in the narrowest integer that holds them — a byte for the few levels
/// or provinces, two bytes for districts or criteria — so counting a wide query's matches reads a quarter or
/// half of the memory that int ordinals would.</summary>
internal abstract class FacetColumn
{
    public static FacetColumn Empty { get; } = new SingleColumn<byte>(0, []);

    public abstract int ValueCount { get; }

    /// <summary>Adds each document's value slots to <paramref name="counts"/> (indexed by slot).</summary>
    public abstract void Count(ReadOnlySpan<int> docs, int[] counts);

    public static FacetColumn Single(int valueCount, int[] slots) => valueCount switch
    {
        < byte.MaxValue => new SingleColumn<byte>(valueCount, slots.Select(s => (byte)s).ToArray()),
        < ushort.MaxValue => new SingleColumn<ushort>(valueCount, slots.Select(s => (ushort)s).ToArray()),
        _ => new SingleColumn<int>(valueCount, slots),
    };

    public static FacetColumn Many(int valueCount, int[] starts, List<int> slots) => valueCount switch
    {
        < byte.MaxValue => new ManyColumn<byte>(valueCount, starts, slots.Select(s => (byte)s).ToArray()),
        < ushort.MaxValue => new ManyColumn<ushort>(valueCount, starts, slots.Select(s => (ushort)s).ToArray()),
        _ => new ManyColumn<int>(valueCount, starts, slots.ToArray()),
    };

    private sealed class SingleColumn<T>(int valueCount, T[] slots) : FacetColumn where T : unmanaged, IBinaryInteger<T>
    {
        public override int ValueCount => valueCount;

        public override void Count(ReadOnlySpan<int> docs, int[] counts)
        {
            foreach (var doc in docs) counts[int.CreateTruncating(slots[doc])]++;
        }
    }

    private sealed class ManyColumn<T>(int valueCount, int[] starts, T[] slots) : FacetColumn where T : unmanaged, IBinaryInteger<T>
    {
        public override int ValueCount => valueCount;

        public override void Count(ReadOnlySpan<int> docs, int[] counts)
        {
            foreach (var doc in docs)
                for (var i = starts[doc]; i < starts[doc + 1]; i++) counts[int.CreateTruncating(slots[i])]++;
        }
    }
}
