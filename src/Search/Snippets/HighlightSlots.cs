using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Analytics.Search.Snippets;

/// <summary>A query's <see cref="HighlightTerms"/> made ready for matching tokens: per field, each looked-for
/// term with the mask of the query syllables (slots) it stands for, fuzzy queries expanded on the index, and
/// the shape of the query's units as masks, so that <see cref="MarkSelection"/> can test adjacency with a few
/// bit operations per token.</summary>
internal sealed class HighlightSlots
{
    /// <summary>The bit of terms that belong to no unit: marked wherever they are found.</summary>
    public const ulong Always = 1UL << HighlightTerms.MaxSlots;

    private readonly int[] _unitLength = new int[HighlightTerms.MaxSlots];

    public HighlightSlots(IndexSearcher searcher, HighlightTerms highlights)
    {
        var terms = highlights.Terms.ToList();
        foreach (var (fuzzy, slot) in highlights.Fuzzy)
        {
            var set = new HashSet<Term>();
            searcher.Rewrite(fuzzy).ExtractTerms(set);
            terms.AddRange(set.Select(t => (t.Field, t.Text, slot)));
        }
        Fields = terms.GroupBy(t => t.Field, StringComparer.Ordinal)
            .Select(g => (g.Key, Masks(g.Select(t => (t.Item2, t.Item3)))))
            .ToList();
        Exact = Fields.FirstOrDefault(f => f.Field == IndexFields.Text).Terms;
        Folded = Fields.FirstOrDefault(f => f.Field == IndexFields.TextFolded).Terms;
        foreach (var unit in highlights.Units)
        {
            var last = unit.First + unit.Count - 1;
            Starts |= Bit(unit.First);
            for (var slot = unit.First + 1; slot <= last; slot++) Pairs |= Bit(slot);
            if (unit.Phrase)
            {
                PhraseEnds |= Bit(last);
                _unitLength[last] = unit.Count;
            }
            else
            {
                for (var slot = unit.First; slot <= last; slot++) FreeSlots |= Bit(slot);
            }
        }
        FreePairs = Pairs & FreeSlots;
    }

    /// <summary>Every field's looked-for terms and their slot masks.</summary>
    public IReadOnlyList<(string Field, Dictionary<string, ulong> Terms)> Fields { get; }

    /// <summary>The main text's exact terms, or null when the query looks for none.</summary>
    public Dictionary<string, ulong>? Exact { get; }

    /// <summary>The main text's folded terms (fuzzy bigram expansions among them), or null.</summary>
    public Dictionary<string, ulong>? Folded { get; }

    /// <summary>Slots that follow the previous slot of their unit: bit j set when slots j − 1 and j are adjacent
    /// syllables of one free-text run or phrase.</summary>
    public ulong Pairs { get; }

    /// <summary><see cref="Pairs"/> of free-text units only.</summary>
    public ulong FreePairs { get; }

    /// <summary>The first slot of every unit.</summary>
    public ulong Starts { get; }

    /// <summary>The last slot of every phrase.</summary>
    public ulong PhraseEnds { get; }

    /// <summary>Every slot of the free-text units.</summary>
    public ulong FreeSlots { get; }

    /// <summary>The number of syllables of the phrase that ends at <paramref name="slot"/>.</summary>
    public int PhraseLength(int slot) => _unitLength[slot];

    public static ulong Bit(int slot) => slot is >= 0 and < HighlightTerms.MaxSlots ? 1UL << slot : Always;

    private static Dictionary<string, ulong> Masks(IEnumerable<(string Term, int Slot)> terms)
    {
        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (term, slot) in terms) masks[term] = masks.GetValueOrDefault(term) | Bit(slot);
        return masks;
    }
}
