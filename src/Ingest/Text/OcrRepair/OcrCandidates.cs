using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Restoration;

namespace Analytics.Ingest.Text.OcrRepair;

/// <summary>Candidates for a word read by an English OCR model: every syllable the model knows whose
/// likely OCR renderings (by <see cref="OcrChannel"/>) include the word, with the channel score.
/// The index of renderings is built once per model (about a second) and is read-only afterwards.</summary>
public sealed class OcrCandidates : ICandidateSource
{
    private readonly Dictionary<string, CandidateSet> _index;
    private readonly ICandidateSource _fallback;

    public OcrCandidates(ISyllableScorer model, OcrChannel channel, ICandidateSource fallback, float minLogProb = -3.2f, int maxVariants = 48)
    {
        _fallback = fallback;
        var raw = new Dictionary<string, List<(int Id, float Score)>>(StringComparer.Ordinal);
        var variants = new List<(string, float)>();
        for (var id = SyllableLanguageModel.FirstSyllable; id < model.VocabularySize; id++)
        {
            var word = model.Word(id);
            variants.Clear();
            Expand(word, 0, "", 0f, channel, minLogProb, variants);
            // Capitalised words (sentence starts, names, "Đào") have their own confusions (Đ → P).
            var capitalised = char.ToUpperInvariant(word[0]) + word[1..];
            Expand(capitalised, 0, "", 0f, channel, minLogProb, variants);
            foreach (var (variant, score) in variants.OrderByDescending(v => v.Item2).Take(maxVariants * 2))
            {
                if (variant.Length == 0) continue;
                if (!raw.TryGetValue(variant, out var list)) raw[variant] = list = [];
                list.Add((id, score));
            }
        }
        _index = new Dictionary<string, CandidateSet>(raw.Count, StringComparer.Ordinal);
        foreach (var (variant, list) in raw)
        {
            var best = list.OrderByDescending(p => p.Score).Take(24).ToArray();
            _index[variant] = new CandidateSet(best.Select(p => model.Word(p.Id)).ToArray(), best.Select(p => p.Id).ToArray(), best.Select(p => p.Score).ToArray());
        }
    }

    public int Size => _index.Count;

    public CandidateSet? Candidates(string word)
    {
        if (word.Length > 12 || IsAbbreviation(word)) return null;
        var nfc = VietnameseFolding.Nfc(word);
        if (_index.TryGetValue(nfc, out var set)) return set;
        if (_index.TryGetValue(nfc.ToLowerInvariant(), out set)) return set;
        var fallback = _fallback.Candidates(word);
        if (fallback is null) return null;
        // Unexplained by the channel: keep the accent readings, each marked unlikely.
        return fallback with { ChannelScores = Enumerable.Repeat(-4f, fallback.Ids.Length).ToArray() };
    }

    /// <summary>Capitals with no vowel ("NTT", "KDCLGD", "BGH") or too long for a syllable are codes, kept as written.</summary>
    private static bool IsAbbreviation(string word)
    {
        if (word.Length < 2) return false;
        var vowels = 0;
        foreach (var c in word)
        {
            if (!char.IsUpper(c)) return false;
            if (Syllables.VietnameseLetters.IsVowel(c)) vowels++;
        }
        return vowels == 0 || word.Length > 7;
    }

    private static void Expand(string word, int at, string prefix, float score, OcrChannel channel, float min, List<(string, float)> into)
    {
        if (into.Count > 400) return;
        if (at == word.Length)
        {
            into.Add((prefix, score));
            return;
        }
        foreach (var (output, logProb) in channel.Outputs(word[at]))
        {
            var s = score + logProb;
            if (s < min) break;
            Expand(word, at + 1, prefix + output, s, channel, min, into);
        }
    }
}
