using System.Numerics;
using System.Runtime.CompilerServices;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Open-addressing hash of n-gram keys (linear probing, power-of-two capacity) with one byte of
/// payload per key. Key (at most 48 bits) and payload share one 64-bit entry, so a lookup touches one
/// cache line. Read-only after construction, so lookups are thread-safe. Measured faster than
/// <see cref="Dictionary{TKey,TValue}"/> for this workload (see benchmarks/RESULTS.md).</summary>
internal sealed class NgramTable
{
    private const ulong Empty = ulong.MaxValue;
    private const ulong MaxKey = (1UL << 56) - 1;
    private readonly ulong[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    public NgramTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<byte> values)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _entries = new ulong[capacity];
        Array.Fill(_entries, Empty);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] > MaxKey >> 8) throw new ArgumentOutOfRangeException(nameof(keys), "n-gram key wider than 48 bits");
            var slot = Slot(keys[i]);
            while (_entries[slot] != Empty && _entries[slot] >> 8 != keys[i]) slot = (slot + 1) & _mask;
            _entries[slot] = (keys[i] << 8) | values[i];
        }
        Count = keys.Length;
    }

    public int Count { get; }

    public long MemoryBytes => _entries.Length * 8L;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The payload of <paramref name="key"/>, or -1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var entries = _entries;
        var slot = Slot(key);
        while (true)
        {
            var e = entries[slot];
            if (e >> 8 == key) return (int)(e & 0xFF);
            if (e == Empty) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    public static ulong Key(int a, int b) => ((ulong)(uint)a << 16) | (uint)b;

    public static ulong Key(int a, int b, int c) => ((ulong)(uint)a << 32) | ((ulong)(uint)b << 16) | (uint)c;
}
