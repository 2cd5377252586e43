using System.Runtime.InteropServices;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Counts syllable 4-grams (sentences padded with three &lt;s&gt; and one &lt;/s&gt;) over a vocabulary
/// that grows as text arrives; the trigram counts are their marginals (<see cref="TrigramCounts"/>), since each
/// trigram position is the tail of exactly one 4-gram position. Not thread-safe: one counter per training run.</summary>
internal sealed class NgramCounter
{
    private readonly SyllableInventory _inventory = SyllableInventory.Default;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _vocabulary = [.. SyllableLanguageModel.SpecialTokens];
    private readonly Dictionary<string, int> _wordCache = new(StringComparer.Ordinal);
    private readonly List<string> _buffer = [];
    private readonly IReadOnlyDictionary<string, int>? _fixedVocabulary;

    /// <param name="fixedVocabulary">When set (adapting a base model), words outside it count as &lt;unk&gt;.</param>
    public NgramCounter(IReadOnlyList<string>? fixedVocabulary = null)
    {
        if (fixedVocabulary is not null)
        {
            _vocabulary = [.. fixedVocabulary];
            _fixedVocabulary = fixedVocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        }
        for (var i = 0; i < _vocabulary.Count; i++) _ids[_vocabulary[i]] = i;
    }

    public Dictionary<ulong, int> Fourgrams { get; } = [];

    /// <summary>Trigram counts: the 4-gram counts summed over their first word.</summary>
    public Dictionary<ulong, int> TrigramCounts()
    {
        var trigrams = new Dictionary<ulong, int>(Fourgrams.Count / 2);
        foreach (var (key, n) in Fourgrams)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(trigrams, key & 0xFFFF_FFFF_FFFFUL, out _) += n;
        }
        return trigrams;
    }

    /// <summary>Per word id, how often it was seen inside a sentence written with a capital first letter
    /// (names: "Phú Mậu", "Dĩ An") and in lower case; all-capital words are not counted.</summary>
    public List<long> Capitalised { get; } = [];
    public List<long> LowerCase { get; } = [];
    public IReadOnlyList<string> Vocabulary => _vocabulary;
    public long Tokens { get; private set; }

    /// <summary>Adds a line of accented text <paramref name="weight"/> times.</summary>
    public void AddLine(string line, int weight = 1) =>
        TrainingTokenizer.Sentences(line, _buffer, words => AddSentence(words, weight));

    private void AddSentence(List<string> words, int weight)
    {
        int a = SyllableLanguageModel.SentenceStart, b = a, c = a;
        var first = true;
        foreach (var word in words)
        {
            var d = IdOf(word);
            if (!first) CountCase(d, word, weight);
            first = false;
            Add(NgramKeys.Key(a, b, c, d), weight);
            (a, b, c) = (b, c, d);
        }
        Add(NgramKeys.Key(a, b, c, SyllableLanguageModel.SentenceEnd), weight);
        Tokens += words.Count * weight;
    }

    private void CountCase(int id, string word, int weight)
    {
        if (id < SyllableLanguageModel.FirstSyllable) return;
        var shape = CaseShapes.Of(word);
        if (shape == CaseShape.Other) return;
        while (Capitalised.Count <= id)
        {
            Capitalised.Add(0);
            LowerCase.Add(0);
        }
        if (shape == CaseShape.Capitalised) Capitalised[id] += weight;
        else LowerCase[id] += weight;
    }

    private void Add(ulong key, int weight) => CollectionsMarshal.GetValueRefOrAddDefault(Fourgrams, key, out _) += weight;

    private int IdOf(string word)
    {
        if (_wordCache.TryGetValue(word, out var cached)) return cached;
        var form = TrainingTokenizer.Normalise(word, _inventory);
        int id;
        if (form is null) id = SyllableLanguageModel.Unknown;
        else if (!_ids.TryGetValue(form, out id))
        {
            if (_fixedVocabulary is not null) id = SyllableLanguageModel.Unknown;
            else
            {
                id = _vocabulary.Count;
                if (id > ushort.MaxValue) throw new InvalidOperationException("Syllable vocabulary exceeds 16 bits");
                _vocabulary.Add(form);
                _ids[form] = id;
            }
        }
        if (_wordCache.Count < 2_000_000) _wordCache[word] = id;
        return id;
    }
}
