using Analytics.Ingest.Text.LanguageModel;

namespace Analytics.Benchmarks.TextRepair;

/// <summary>The previous approach, kept as the baseline: the same backoff model held in
/// <see cref="Dictionary{TKey,TValue}"/>s instead of the open-addressing tables.</summary>
internal sealed class DictionaryScorer : ISyllableScorer
{
    private readonly LanguageModelData _data;
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<ulong, float> _bigrams = [];
    private readonly Dictionary<ulong, float> _backoffs = [];
    private readonly Dictionary<ulong, float> _trigrams = [];

    public DictionaryScorer(LanguageModelData data)
    {
        _data = data;
        _ids = data.Vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        for (var i = 0; i < data.BigramKeys.Length; i++) _bigrams[data.BigramKeys[i]] = data.BigramCodebook[data.BigramCodes[i]];
        for (var i = 0; i < data.BackoffKeys.Length; i++) _backoffs[data.BackoffKeys[i]] = data.BackoffCodebook[data.BackoffCodes[i]];
        for (var i = 0; i < data.TrigramKeys.Length; i++) _trigrams[data.TrigramKeys[i]] = data.TrigramCodebook[data.TrigramCodes[i]];
    }

    public int VocabularySize => _data.Vocabulary.Length;
    public int Id(string syllable) => _ids.TryGetValue(syllable, out var id) ? id : SyllableLanguageModel.Unknown;
    public string Word(int id) => _data.Vocabulary[id];
    public float Score(int c) => _data.Unigram[c];

    public float CaseScore(int id, CaseShape shape) => shape switch
    {
        CaseShape.Capitalised when _data.CapitalisedLog is not null => _data.CapitalisedLog[id],
        CaseShape.Lower when _data.LowerLog is not null => _data.LowerLog[id],
        _ => 0f,
    };

    public float Score(int a, int b, int c)
    {
        if (_trigrams.TryGetValue(((ulong)(uint)a << 32) | ((ulong)(uint)b << 16) | (uint)c, out var p)) return p;
        var backoff = _backoffs.TryGetValue(((ulong)(uint)a << 16) | (uint)b, out var w) ? w : 0f;
        if (_bigrams.TryGetValue(((ulong)(uint)b << 16) | (uint)c, out var q)) return backoff + q;
        return backoff + _data.UnigramBackoff[b] + _data.Unigram[c];
    }
}
