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
    private readonly Dictionary<string, BytesRef> _labels = new(StringComparer.Ordinal);
    private int _document;

    /// <summary>Starts a document: every field may be handed out again.</summary>
    public Document Begin()
    {
        _document++;
        return new Document();
    }

    public Field String(string name, string value, Field.Store store) =>
        Take(name, () => new StringField(name, value, store), f => f.SetStringValue(value));

    public Field Stored(string name, string value) => Take(name, () => new StoredField(name, value), f => f.SetStringValue(value));

    public Field Stored(string name, int value) => Take(name, () => new StoredField(name, value), f => f.SetInt32Value(value));

    public Field Stored(string name, long value) => Take(name, () => new StoredField(name, value), f => f.SetInt64Value(value));

    public Field Int32(string name, int value) => Take(name, () => new Int32Field(name, value, Field.Store.NO), f => f.SetInt32Value(value));

    public Field Int64(string name, long value) => Take(name, () => new Int64Field(name, value, Field.Store.NO), f => f.SetInt64Value(value));

    /// <summary>An indexed, unstored field whose tokens come from a stream the caller reuses.</summary>
    public Field Tokens(string name, TokenStream tokens, FieldType type) =>
        Take(name + "\u0001tokens", () => new Field(name, tokens, type), f => f.SetTokenStream(tokens));

    public Field SortedDocValues(string name, string label) =>
        Take(name, () => new SortedDocValuesField(name, Bytes(label)), f => f.SetBytesValue(Bytes(label)));

    public Field SortedSetDocValues(string name, string label) =>
        Take(name, () => new SortedSetDocValuesField(name, Bytes(label)), f => f.SetBytesValue(Bytes(label)));

    /// <summary>The UTF-8 bytes of a facet label, shared: the writer copies them, never changes them.</summary>
    private BytesRef Bytes(string label)
    {
        if (_labels.TryGetValue(label, out var bytes)) return bytes;
        bytes = new BytesRef(label);
        if (_labels.Count < MaxCachedLabels) _labels[label] = bytes;
        return bytes;
    }

    private Field Take(string key, Func<Field> create, Action<Field> set)
    {
        if (!_slots.TryGetValue(key, out var slot)) _slots[key] = slot = new Slot();
        if (slot.Document != _document)
        {
            slot.Document = _document;
            slot.Used = 0;
        }
        Field field;
        if (slot.Used < slot.Fields.Count)
        {
            field = slot.Fields[slot.Used];
            set(field);
        }
        else
        {
            field = create();
            slot.Fields.Add(field);
        }
        slot.Used++;
        return field;
    }

    private sealed class Slot
    {
        public List<Field> Fields { get; } = [];
        public int Document { get; set; }
        public int Used { get; set; }
    }
}
