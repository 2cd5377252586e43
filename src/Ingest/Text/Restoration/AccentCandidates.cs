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
    }

    public CandidateSet? Candidates(string word)
    {
        if (word.Length > 8) return null;
        foreach (var c in word)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))) return null;
        }
        return _byKey.GetValueOrDefault(word.ToLowerInvariant());
    }
}
