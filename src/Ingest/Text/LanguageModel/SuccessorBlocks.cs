using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>The words that follow each context (a word for bigrams, a history ordinal for trigrams), stored
/// as one sorted block per context: 2 bytes of word id and 1 byte of quantised code per n-gram. Every
/// candidate after one context is searched in the same small block, which stays in cache, where a hash
/// table would send each candidate to a different cache line.</summary>
internal sealed class SuccessorBlocks
{
    private readonly int[] _starts;
    private readonly ushort[] _words;
    private readonly byte[] _codes;

    private SuccessorBlocks(int[] starts, ushort[] words, byte[] codes)
    {
        _starts = starts;
        _words = words;
        _codes = codes;
    }

    public int Count => _words.Length;

    public long MemoryBytes => _starts.Length * 4L + _words.Length * 3L;

    /// <summary>Builds blocks from n-grams sorted by (context, word).</summary>
    public static SuccessorBlocks Build(int contexts, ReadOnlySpan<int> context, ReadOnlySpan<ushort> word, ReadOnlySpan<byte> code)
    {
        var starts = new int[contexts + 1];
        for (var i = 0; i < context.Length; i++) starts[context[i] + 1]++;
        for (var c = 0; c < contexts; c++) starts[c + 1] += starts[c];
        return new SuccessorBlocks(starts, word.ToArray(), code.ToArray());
    }

    /// <summary>The code of <paramref name="word"/> after <paramref name="context"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(int context, int word)
    {
        var at = IndexOf(context, word);
        return at >= 0 ? _codes[at] : -1;
    }

    /// <summary>The position of the n-gram (<paramref name="context"/>, <paramref name="word"/>) among all
    /// n-grams (a context ordinal for the next order up), or -1. Branch-free binary search: the comparisons
    /// of a search in a large block are unpredictable, so a conditional move beats a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(int context, int word)
    {
        var at = _starts[context];
        var n = _starts[context + 1] - at;
        if (n == 0) return -1;
        ref var words = ref MemoryMarshal.GetArrayDataReference(_words);
        while (n > 1)
        {
            var half = n >>> 1;
            at = Unsafe.Add(ref words, at + half) <= word ? at + half : at;
            n -= half;
        }
        return Unsafe.Add(ref words, at) == word ? at : -1;
    }
}
