using System.Numerics;
using System.Runtime.CompilerServices;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Open-addressing hash of n-gram keys (linear probing, power-of-two capacity) with one byte of
/// payload per key. Read-only after construction, so lookups are thread-safe. Measured about twice as fast
/// as <see cref="Dictionary{TKey,TValue}"/> for this workload (see benchmarks/RESULTS.md).</summary>
internal sealed class NgramTable
{
    private const ulong Empty = ulong.MaxValue;
    private readonly ulong[] _keys;
    private readonly byte[] _values;
    private readonly int _shift;
    private readonly int _mask;

    public NgramTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<byte> values)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _keys = new ulong[capacity];
        Array.Fill(_keys, Empty);
        _values = new byte[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i]);
            while (_keys[slot] != Empty && _keys[slot] != keys[i]) slot = (slot + 1) & _mask;
            _keys[slot] = keys[i];
            _values[slot] = values[i];
        }
        Count = keys.Length;
    }

    public int Count { get; }

    public long MemoryBytes => _keys.Length * 9L;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The payload of <paramref name="key"/>, or -1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var keys = _keys;
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key) return _values[slot];
            if (k == Empty) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    public static ulong Key(int a, int b) => ((ulong)(uint)a << 16) | (uint)b;

    public static ulong Key(int a, int b, int c) => ((ulong)(uint)a << 32) | ((ulong)(uint)b << 16) | (uint)c;
}
