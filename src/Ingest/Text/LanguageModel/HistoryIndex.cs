using System.Numerics;
using System.Runtime.CompilerServices;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Open-addressing hash (linear probing, power-of-two capacity) from a two-word history (a, b)
/// to its ordinal. Key and ordinal share one 64-bit entry, so a look-up touches one cache line.
/// Read-only after construction, so look-ups are thread-safe.</summary>
internal sealed class HistoryIndex
{
    private const ulong Empty = ulong.MaxValue;
    private readonly ulong[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <param name="keys">History keys (a &lt;&lt; 16 | b), distinct; the ordinal of a key is its position.</param>
    public HistoryIndex(ReadOnlySpan<uint> keys)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _entries = new ulong[capacity];
        Array.Fill(_entries, Empty);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i]);
            while (_entries[slot] != Empty) slot = (slot + 1) & _mask;
            _entries[slot] = ((ulong)keys[i] << 32) | (uint)i;
        }
        Count = keys.Length;
    }

    public int Count { get; }

    public long MemoryBytes => _entries.Length * 8L;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The ordinal of history (a, b), or -1 when the model has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(int a, int b)
    {
        var key = ((uint)a << 16) | (uint)b;
        var entries = _entries;
        var slot = Slot(key);
        while (true)
        {
            var e = entries[slot];
            if (e == Empty) return -1;
            if ((uint)(e >> 32) == key) return (int)(uint)e;
            slot = (slot + 1) & _mask;
        }
    }
}
