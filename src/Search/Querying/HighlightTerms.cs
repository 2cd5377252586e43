using Lucene.Net.Search;

namespace Analytics.Search.Querying;

/// <summary>The text terms a built query looks for, kept for snippets: plain terms per field and the fuzzy
/// queries whose expansions are only known against a reader. Each term carries the query syllable it
/// stands for (its slot), and the slots are grouped in the query's units — the syllables of one run of free
/// text or of one phrase, in order — so snippets can tell "thư viện" typed together from a lone "thư".</summary>
internal sealed class HighlightTerms
{
    /// <summary>Slots are bits of one mask in <see cref="Snippets.HighlightSlots"/>; the last bit is kept for
    /// terms that belong to no unit.</summary>
    public const int MaxSlots = 63;

    /// <summary>The slot of a term outside every unit (or past <see cref="MaxSlots"/>): marked wherever found.</summary>
    public const int NoSlot = -1;

    private readonly List<HighlightUnit> _units = [];
    private int _slots;
    private int _unitFirst = -1;
    private bool _unitPhrase;

    public List<(string Field, string Term, int Slot)> Terms { get; } = [];
    public List<(FuzzyQuery Query, int Slot)> Fuzzy { get; } = [];
    public IReadOnlyList<HighlightUnit> Units => _units;

    /// <summary>Starts the unit of one free-text run or one phrase; its syllables take slots in order.</summary>
    public void BeginUnit(bool phrase)
    {
        _unitFirst = _slots;
        _unitPhrase = phrase;
    }

    /// <summary>The slot of the unit's next syllable.</summary>
    public int NextSlot()
    {
        if (_unitFirst < 0 || _slots >= MaxSlots) return NoSlot;
        return _slots++;
    }

    public void EndUnit()
    {
        if (_unitFirst >= 0 && _slots > _unitFirst) _units.Add(new HighlightUnit(_unitFirst, _slots - _unitFirst, _unitPhrase));
        _unitFirst = -1;
    }
}

/// <summary>The slots <paramref name="First"/> … First + Count − 1 of one free-text run or phrase, in query order.</summary>
internal sealed record HighlightUnit(int First, int Count, bool Phrase);
