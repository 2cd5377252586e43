using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>A backoff trigram model over syllables (lower-case, canonical tone placement), estimated with
/// interpolated modified Kneser-Ney, pruned and quantised (see <see cref="KneserNeyEstimator"/>), with an
/// optional 4-gram layer. Scores are log10 probabilities. In memory: histories (a, b) in an open-addressing
/// index, and the words that follow each history or word in sorted blocks (<see cref="SuccessorBlocks"/>);
/// a 4-gram's history (a, b, c) is the position of the kept trigram (a, b, c), so it needs no index of its own.
/// Immutable and thread-safe once loaded.</summary>
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
    private readonly SuccessorBlocks _bigrams;
    private readonly float[] _bigramCodebook;
    private readonly HistoryIndex _histories;
    private readonly float[] _historyBackoff;
    private readonly SuccessorBlocks _trigrams;
    private readonly float[] _trigramCodebook;
    private readonly SuccessorBlocks? _fourgrams;
    private readonly float[] _fourgramCodebook = [];
    private readonly float[] _fourgramBackoff = [];
    private readonly float[]? _capitalisedLog;
    private readonly float[]? _lowerLog;

    internal SyllableLanguageModel(LanguageModelData data)
    {
        var v = data.Vocabulary.Length;
        _vocabulary = data.Vocabulary;
        _ids = _vocabulary.Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _unigram = data.Unigram;
        _unigramBackoff = data.UnigramBackoff;
        _capitalisedLog = data.CapitalisedLog;
        _lowerLog = data.LowerLog;

        var bigramContext = new int[data.BigramKeys.Length];
        var bigramWord = new ushort[data.BigramKeys.Length];
        for (var i = 0; i < bigramContext.Length; i++)
        {
            bigramContext[i] = (int)(data.BigramKeys[i] >> 16);
            bigramWord[i] = (ushort)data.BigramKeys[i];
        }
        _bigrams = SuccessorBlocks.Build(v, bigramContext, bigramWord, data.BigramCodes);
        _bigramCodebook = data.BigramCodebook;

        // Histories: every (a, b) with a backoff weight or a trigram (the estimator gives both or neither),
        // in key order, so the trigrams (sorted by a, b, c) fall into consecutive blocks.
        var historyKeys = new List<uint>(data.BackoffKeys.Length);
        var historyBackoff = new List<float>(data.BackoffKeys.Length);
        var trigramContext = new int[data.TrigramKeys.Length];
        var trigramWord = new ushort[data.TrigramKeys.Length];
        int i2 = 0, i3 = 0;
        while (i2 < data.BackoffKeys.Length || i3 < data.TrigramKeys.Length)
        {
            var next = Math.Min(i2 < data.BackoffKeys.Length ? data.BackoffKeys[i2] : ulong.MaxValue,
                i3 < data.TrigramKeys.Length ? data.TrigramKeys[i3] >> 16 : ulong.MaxValue);
            var ordinal = historyKeys.Count;
            historyKeys.Add((uint)next);
            if (i2 < data.BackoffKeys.Length && data.BackoffKeys[i2] == next) historyBackoff.Add(data.BackoffCodebook[data.BackoffCodes[i2++]]);
            else historyBackoff.Add(0f);
            while (i3 < data.TrigramKeys.Length && data.TrigramKeys[i3] >> 16 == next)
            {
                trigramContext[i3] = ordinal;
                trigramWord[i3] = (ushort)data.TrigramKeys[i3];
                i3++;
            }
        }
        _histories = new HistoryIndex(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(historyKeys));
        _historyBackoff = [.. historyBackoff];
        _trigrams = SuccessorBlocks.Build(historyKeys.Count, trigramContext, trigramWord, data.TrigramCodes);
        _trigramCodebook = data.TrigramCodebook;
        if (data.Fourgrams is { } layer)
        {
            (_fourgrams, _fourgramBackoff) = BuildFourgrams(data.TrigramKeys, layer);
            _fourgramCodebook = layer.Codebook;
        }
    }

    /// <summary>The 4-grams in blocks by the position of their history trigram, and the backoff weight of
    /// each trigram position as a history (0 where it has none).</summary>
    private static (SuccessorBlocks, float[]) BuildFourgrams(ulong[] trigramKeys, FourgramLayer layer)
    {
        var backoff = new float[trigramKeys.Length];
        for (var i = 0; i < layer.BackoffKeys.Length; i++)
        {
            var at = Array.BinarySearch(trigramKeys, layer.BackoffKeys[i]);
            if (at < 0) throw new InvalidDataException("a 4-gram history is not a trigram of the model");
            backoff[at] = layer.BackoffCodebook[layer.BackoffCodes[i]];
        }
        var context = new int[layer.Keys.Length];
        var word = new ushort[layer.Keys.Length];
        var position = -1;
        ulong previous = ulong.MaxValue;
        for (var i = 0; i < layer.Keys.Length; i++)
        {
            var history = layer.Keys[i] >> 16;
            if (history != previous)
            {
                position = Array.BinarySearch(trigramKeys, history);
                if (position < 0) throw new InvalidDataException("a 4-gram history is not a trigram of the model");
                previous = history;
            }
            context[i] = position;
            word[i] = (ushort)layer.Keys[i];
        }
        return (SuccessorBlocks.Build(trigramKeys.Length, context, word, layer.Codes), backoff);
    }

    public int VocabularySize => _vocabulary.Length;
    public int BigramCount => _bigrams.Count;
    public int TrigramCount => _trigrams.Count;
    public int FourgramCount => _fourgrams?.Count ?? 0;

    /// <summary>The longest n-gram the model scores: 4 with a 4-gram layer, else 3.</summary>
    public int Order => _fourgrams is null ? 3 : 4;
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <summary>Approximate managed memory held by the tables.</summary>
    public long MemoryBytes => _bigrams.MemoryBytes + _histories.MemoryBytes + _historyBackoff.Length * 4L + _trigrams.MemoryBytes + _vocabulary.Length * 48L
        + (_fourgrams?.MemoryBytes ?? 0) + _fourgramBackoff.Length * 4L;

    /// <summary>The id of a lower-case canonical syllable, or <see cref="Unknown"/>.</summary>
    public int Id(string syllable) => _ids.TryGetValue(syllable, out var id) ? id : Unknown;

    /// <summary>The id of a lower-case canonical syllable given as characters, or <see cref="Unknown"/>.</summary>
    public int Id(ReadOnlySpan<char> syllable) => _idsBySpan.TryGetValue(syllable, out var id) ? id : Unknown;

    public string Word(int id) => _vocabulary[id];

    /// <summary>log10 P(c | a b).</summary>
    public float Score(int a, int b, int c)
    {
        var history = History(a, b);
        return TryTrigram(history, a, b, c, out var score) ? score : BackoffOf(history) + Score(b, c);
    }

    /// <summary>log10 P(d | a b c): the 4-gram when kept, else the history's backoff plus log10 P(d | b c).</summary>
    public float Score(int a, int b, int c, int d)
    {
        var context = Context(a, b, c);
        return TryFourgram(context, d, out var score) ? score : FourgramBackoff(context) + Score(b, c, d);
    }

    /// <summary>The 4-gram history (a, b, c) as the position of that trigram, or -1 when the model has no
    /// 4-gram layer or does not keep the trigram.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Context(int a, int b, int c)
    {
        if (_fourgrams is null) return -1;
        var history = History(a, b);
        return history < 0 ? -1 : _trigrams.IndexOf(history, c);
    }

    /// <summary>The 4-gram's log10 probability when the model kept it; <paramref name="context"/> from <see cref="Context"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryFourgram(int context, int d, out float score)
    {
        var f = context < 0 ? -1 : _fourgrams!.Find(context, d);
        score = f >= 0 ? _fourgramCodebook[f] : 0f;
        return f >= 0;
    }

    /// <summary>The log10 backoff weight of a 4-gram history from <see cref="Context"/> (0 for none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal float FourgramBackoff(int context) => context < 0 ? 0f : _fourgramBackoff[context];

    /// <summary>The ordinal of history (a, b), or -1 when the model has neither a trigram nor a backoff weight
    /// for it. The decoder looks a history up once and scores every candidate after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int History(int a, int b) => _histories.Find(a, b);

    /// <summary>The trigram's log10 probability when the model kept it; <paramref name="history"/> from <see cref="History"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryTrigram(int history, int a, int b, int c, out float score)
    {
        var t = history < 0 ? -1 : _trigrams.Find(history, c);
        score = t >= 0 ? _trigramCodebook[t] : 0f;
        return t >= 0;
    }

    /// <summary>The log10 backoff weight of a history from <see cref="History"/> (0 for an unseen history).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal float BackoffOf(int history) => history < 0 ? 0f : _historyBackoff[history];

    /// <summary>The backoff weight of history (a, b), log10; 0 when the history was never seen.</summary>
    public float Backoff(int a, int b) => BackoffOf(History(a, b));

    /// <summary>log10 P(c | b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(int b, int c)
    {
        var p = _bigrams.Find(b, c);
        return p >= 0 ? _bigramCodebook[p] : _unigramBackoff[b] + _unigram[c];
    }

    /// <summary>log10 P(c) with no context.</summary>
    public float Score(int c) => _unigram[c];

    /// <summary>log10 P(a word inside a sentence is written with this <paramref name="shape"/> | it is
    /// <paramref name="id"/>); 0 when the shape says nothing or the model has no case channel.</summary>
    public float CaseScore(int id, CaseShape shape) => shape switch
    {
        CaseShape.Capitalised when _capitalisedLog is not null => _capitalisedLog[id],
        CaseShape.Lower when _lowerLog is not null => _lowerLog[id],
        _ => 0f,
    };
}
