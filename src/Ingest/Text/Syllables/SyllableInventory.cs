using System.Collections.Frozen;

namespace Analytics.Ingest.Text.Syllables;

/// <summary>Every spellable Vietnamese syllable (lower-case, canonical tone placement), built by rule from
/// onsets, rhymes and tones, and indexed by its bare ASCII key ("duong" → dương, đường, dưỡng…).
/// Built once; immutable and thread-safe.</summary>
public sealed class SyllableInventory
{
    private static readonly Lazy<SyllableInventory> Instance = new(Build);

    private readonly FrozenSet<string> _syllables;
    private readonly FrozenDictionary<string, string[]> _byKey;

    private SyllableInventory(FrozenSet<string> syllables, FrozenDictionary<string, string[]> byKey)
    {
        _syllables = syllables;
        _byKey = byKey;
    }

    public static SyllableInventory Default => Instance.Value;

    public int Count => _syllables.Count;

    public IEnumerable<string> All => _syllables;

    /// <summary>True when <paramref name="word"/> (any case, any tone placement) is a Vietnamese syllable.</summary>
    public bool IsSyllable(string word) => _syllables.Contains(TonePlacement.Canonical(word.ToLowerInvariant()));

    /// <summary>True when the lower-case canonical form is a syllable (no normalisation: the hot path).</summary>
    public bool ContainsCanonical(string lowerCanonical) => _syllables.Contains(lowerCanonical);

    /// <summary>All syllables whose bare ASCII form is <paramref name="bareKey"/> (lower-case), or none.</summary>
    public IReadOnlyList<string> Candidates(string bareKey) =>
        _byKey.TryGetValue(bareKey, out var list) ? list : [];

    /// <summary>Lower-case, no marks, đ → d: the key candidates are indexed by.</summary>
    public static string BareKey(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++) buffer[i] = char.ToLowerInvariant(VietnameseLetters.Bare(word[i]));
        return new string(buffer);
    }

    private static SyllableInventory Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var onset in SyllableSpelling.Onsets)
        {
            foreach (var rhyme in SyllableSpelling.Rhymes)
            {
                foreach (var spelled in Spell(onset, rhyme))
                {
                    var stop = SyllableSpelling.EndsInStop(rhyme);
                    for (var t = Tone.Level; t <= Tone.Dot; t++)
                    {
                        if (stop && t is not (Tone.Acute or Tone.Dot)) continue;
                        set.Add(TonePlacement.Place(spelled, t));
                    }
                }
            }
        }
        var byKey = set.GroupBy(s => BareKey(s), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new SyllableInventory(set.ToFrozenSet(StringComparer.Ordinal), byKey);
    }

    /// <summary>Joins an onset and a rhyme by the spelling rules (c/k, g/gh, ng/ngh, gi + i, iê → yê, qu).</summary>
    private static IEnumerable<string> Spell(string onset, string rhyme)
    {
        var first = rhyme[0];
        var front = first is 'e' or 'ê' or 'i' or 'y';
        switch (onset)
        {
            case "k" or "gh" or "ngh" when !front:
            case "c" or "ng" when front:
            case "g" when first is 'e' or 'ê':
            case "qu" when first is 'u' or 'o' || rhyme.StartsWith("uy", StringComparison.Ordinal):
                yield break;
            case "gi" when first == 'i':
                yield return "g" + rhyme;
                yield break;
            case "":
                yield return rhyme.StartsWith("iê", StringComparison.Ordinal) ? "y" + rhyme[1..] : rhyme;
                yield break;
            case "qu" when first == 'i':
                yield return "qu" + rhyme;
                yield return "quy" + rhyme[1..];
                yield break;
            default:
                yield return onset + rhyme;
                yield break;
        }
    }
}
