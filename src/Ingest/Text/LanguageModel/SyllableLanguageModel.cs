using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>A backoff trigram model over syllables (lower-case, canonical tone placement), estimated with
/// interpolated modified Kneser-Ney, pruned and quantised (see <see cref="KneserNeyEstimator"/>).
/// Scores are log10 probabilities. Immutable and thread-safe once loaded.</summary>
public sealed class SyllableLanguageModel : ISyllableScorer
{
    public const int SentenceStart = 0;
    public const int SentenceEnd = 1;
    public const int Unknown = 2;
    public const int Number = 3;
    public const int FirstSyllable = 4;
    internal static readonly string[] SpecialTokens = ["<s>", "</s>", "<unk>", "<num>"];

    private readonly string[] _vocabulary;
    private readonly FrozenDictionary<string, int> _ids;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly float[] _unigram;
    private readonly float[] _unigramBackoff;
    private readonly NgramTable _bigrams;
    private readonly float[] _bigramProbCodes;
    private readonly NgramTable _bigramBackoffs;
    private readonly float[] _bigramBackoffCodes;
    private readonly NgramTable _trigrams;
    private readonly float[] _trigramCodes;

    internal SyllableLanguageModel(
        string[] vocabulary, float[] unigram, float[] unigramBackoff,
        NgramTable bigrams, float[] bigramProbCodes, NgramTable bigramBackoffs, float[] bigramBackoffCodes,
        NgramTable trigrams, float[] trigramCodes)
    {
        _vocabulary = vocabulary;
        _ids = vocabulary.Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _unigram = unigram;
        _unigramBackoff = unigramBackoff;
        _bigrams = bigrams;
        _bigramProbCodes = bigramProbCodes;
        _bigramBackoffs = bigramBackoffs;
        _bigramBackoffCodes = bigramBackoffCodes;
        _trigrams = trigrams;
        _trigramCodes = trigramCodes;
    }

    public int VocabularySize => _vocabulary.Length;
    public int BigramCount => _bigrams.Count;
    public int TrigramCount => _trigrams.Count;
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <summary>Approximate managed memory held by the tables.</summary>
    public long MemoryBytes => _bigrams.MemoryBytes + _bigramBackoffs.MemoryBytes + _trigrams.MemoryBytes + _vocabulary.Length * 48L;

    /// <summary>The id of a lower-case canonical syllable, or <see cref="Unknown"/>.</summary>
    public int Id(string syllable) => _ids.TryGetValue(syllable, out var id) ? id : Unknown;

    /// <summary>The id of a lower-case canonical syllable given as characters, or <see cref="Unknown"/>.</summary>
    public int Id(ReadOnlySpan<char> syllable) => _idsBySpan.TryGetValue(syllable, out var id) ? id : Unknown;

    public string Word(int id) => _vocabulary[id];

    /// <summary>log10 P(c | a b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(int a, int b, int c)
    {
        var t = _trigrams.Find(NgramTable.Key(a, b, c));
        if (t >= 0) return _trigramCodes[t];
        return Backoff(a, b) + Score(b, c);
    }

    /// <summary>What the model knows of history (a, b): the code of its backoff weight, or -1 when no
    /// trigram continues it (then <see cref="Score(int, int, int, int)"/> skips the trigram table).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int History(int a, int b) => _bigramBackoffs.Find(NgramTable.Key(a, b));

    /// <summary>The trigram's log10 probability when the model kept it. <paramref name="history"/> comes from
    /// <see cref="History"/>: the decoder looks a history up once and scores every candidate after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryTrigram(int history, int a, int b, int c, out float score)
    {
        var t = history < 0 ? -1 : _trigrams.Find(NgramTable.Key(a, b, c));
        score = t >= 0 ? _trigramCodes[t] : 0f;
        return t >= 0;
    }

    /// <summary>The log10 backoff weight of a history code from <see cref="History"/> (0 for an unseen history).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal float BackoffOf(int history) => history < 0 ? 0f : _bigramBackoffCodes[history];

    /// <summary>The backoff weight of history (a, b), log10; 0 when the history was never seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Backoff(int a, int b)
    {
        var w = _bigramBackoffs.Find(NgramTable.Key(a, b));
        return w >= 0 ? _bigramBackoffCodes[w] : 0f;
    }

    /// <summary>log10 P(c | b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(int b, int c)
    {
        var p = _bigrams.Find(NgramTable.Key(b, c));
        if (p >= 0) return _bigramProbCodes[p];
        return _unigramBackoff[b] + _unigram[c];
    }

    /// <summary>log10 P(c) with no context.</summary>
    public float Score(int c) => _unigram[c];
}
