using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.LanguageModel;

/// <summary>Counts syllable trigrams (sentences padded with two &lt;s&gt; and one &lt;/s&gt;) over a vocabulary
/// that grows as text arrives. Not thread-safe: one counter per training run.</summary>
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

    public Dictionary<ulong, int> Trigrams { get; } = [];

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
        int a = SyllableLanguageModel.SentenceStart, b = SyllableLanguageModel.SentenceStart;
        var first = true;
        foreach (var word in words)
        {
            var c = IdOf(word);
            if (!first) CountCase(c, word, weight);
            first = false;
            Add(a, b, c, weight);
            (a, b) = (b, c);
        }
        Add(a, b, SyllableLanguageModel.SentenceEnd, weight);
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

    private void Add(int a, int b, int c, int weight)
    {
        var key = NgramKeys.Key(a, b, c);
        Trigrams[key] = Trigrams.GetValueOrDefault(key) + weight;
    }

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
