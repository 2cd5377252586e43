using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Analytics.Search.Indexing;

/// <summary>Field instances reused from one document to the next. A new Lucene field builds a new token
/// stream (with its attributes) for every keyword and numeric value it indexes; a reused one keeps its
/// stream. Valid because the index writer consumes a document completely (inverted and stored) before it
/// asks the enumerator for the next one: a document's fields may be overwritten once the next document is
/// begun. One instance per writing thread; not thread-safe.</summary>
internal sealed class ReusableFields
{
    private const int MaxCachedLabels = 50_000;
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot> _tokenSlots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BytesRef> _labels = new(StringComparer.Ordinal);
    // One document reused too: its field list keeps its capacity instead of growing anew per document.
    private readonly Document _document = new();
    private int _generation;

    /// <summary>Starts a document: every field may be handed out again. The document returned is the same
    /// instance each time, emptied.</summary>
    public Document Begin()
    {
        _generation++;
        _document.Fields.Clear();
        return _document;
    }

    public Field String(string name, string value, Field.Store store)
    {
        if (Reuse(_slots, name) is { } field) field.SetStringValue(value);
        else Keep(_slots, name, field = new StringField(name, value, store));
        return field;
    }

    public Field Stored(string name, string value)
    {
        if (Reuse(_slots, name) is { } field) field.SetStringValue(value);
        else Keep(_slots, name, field = new StoredField(name, value));
        return field;
    }

    public Field Stored(string name, int value)
    {
        if (Reuse(_slots, name) is { } field) field.SetInt32Value(value);
        else Keep(_slots, name, field = new StoredField(name, value));
        return field;
    }

    public Field Stored(string name, long value)
    {
        if (Reuse(_slots, name) is { } field) field.SetInt64Value(value);
        else Keep(_slots, name, field = new StoredField(name, value));
        return field;
    }

    public Field Int32(string name, int value, FieldType type)
    {
        if (Reuse(_slots, name) is { } field) field.SetInt32Value(value);
        else Keep(_slots, name, field = new Int32Field(name, value, type));
        return field;
    }

    public Field Int64(string name, long value, FieldType type)
    {
        if (Reuse(_slots, name) is { } field) field.SetInt64Value(value);
        else Keep(_slots, name, field = new Int64Field(name, value, type));
        return field;
    }

    /// <summary>An indexed, unstored field whose tokens come from a stream the caller reuses.</summary>
    public Field Tokens(string name, TokenStream tokens, FieldType type)
    {
        if (Reuse(_tokenSlots, name) is { } field) field.SetTokenStream(tokens);
        else Keep(_tokenSlots, name, field = new Field(name, tokens, type));
        return field;
    }

    public Field SortedDocValues(string name, string label)
    {
        if (Reuse(_slots, name) is { } field) field.SetBytesValue(Bytes(label));
        else Keep(_slots, name, field = new SortedDocValuesField(name, Bytes(label)));
        return field;
    }

    public Field SortedSetDocValues(string name, string label)
    {
        if (Reuse(_slots, name) is { } field) field.SetBytesValue(Bytes(label));
        else Keep(_slots, name, field = new SortedSetDocValuesField(name, Bytes(label)));
        return field;
    }

    /// <summary>The UTF-8 bytes of a facet label, shared: the writer copies them, never changes them.</summary>
    private BytesRef Bytes(string label)
    {
        if (_labels.TryGetValue(label, out var bytes)) return bytes;
        bytes = new BytesRef(label);
        if (_labels.Count < MaxCachedLabels) _labels[label] = bytes;
        return bytes;
    }

    /// <summary>The next field of that name not yet used in the current document, or null when the
    /// document uses more fields of that name than any before (the caller then creates one and keeps it).
    /// Keyed by name only: one name is always made by the same method, so its fields share one class.</summary>
    private Field? Reuse(Dictionary<string, Slot> slots, string name)
    {
        if (!slots.TryGetValue(name, out var slot)) slots[name] = slot = new Slot();
        if (slot.Generation != _generation)
        {
            slot.Generation = _generation;
            slot.Used = 0;
        }
        return slot.Used < slot.Fields.Count ? slot.Fields[slot.Used++] : null;
    }

    private static void Keep(Dictionary<string, Slot> slots, string name, Field field)
    {
        var slot = slots[name];
        slot.Fields.Add(field);
        slot.Used++;
    }

    private sealed class Slot
    {
        public List<Field> Fields { get; } = [];
        public int Generation { get; set; }
        public int Used { get; set; }
    }
}
