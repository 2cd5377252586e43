using System.Collections.Frozen;
using Analytics.Ingest.Text.LanguageModel;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text.Restoration;

/// <summary>Candidates for a word typed without diacritics: every accented syllable with the same bare
/// letters that the model knows ("duong" → đường, dương, dưỡng…). Words that already carry marks, or
/// that are no syllable (GD&amp;ĐT, THCS, English), get none and are kept.</summary>
public sealed class AccentCandidates : ICandidateSource
{
    private readonly FrozenDictionary<string, CandidateSet> _byKey;
    private readonly FrozenDictionary<string, CandidateSet>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public AccentCandidates(ISyllableScorer model, SyllableInventory inventory)
    {
        var table = new Dictionary<string, CandidateSet>(StringComparer.Ordinal);
        foreach (var group in inventory.All.GroupBy(s => SyllableInventory.BareKey(s), StringComparer.Ordinal))
        {
            var known = group.Select(s => (Form: s, Id: model.Id(s)))
                .Where(p => p.Id != SyllableLanguageModel.Unknown)
                .OrderByDescending(p => model.Score(p.Id))
                .ToArray();
            if (known.Length == 0) continue;
            table[group.Key] = new CandidateSet(known.Select(p => p.Form).ToArray(), known.Select(p => p.Id).ToArray());
        }
        _byKey = table.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public CandidateSet? Candidates(string word) => Candidates(word.AsSpan());

    public CandidateSet? Candidates(ReadOnlySpan<char> word)
    {
        if (word.Length > 8) return null;
        Span<char> key = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is >= 'a' and <= 'z') key[i] = c;
            else if (c is >= 'A' and <= 'Z') key[i] = (char)(c + ('a' - 'A'));
            else return null;
        }
        return _bySpan.TryGetValue(key, out var set) ? set : null;
    }
}
