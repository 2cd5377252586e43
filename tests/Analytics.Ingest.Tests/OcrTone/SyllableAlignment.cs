using Analytics.Ingest.Text;
using Analytics.Ingest.Text.Restoration;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Tests.OcrTone;

/// <summary>One word of a document: as written (NFC, lower case, canonical tone placement) and its bare key.</summary>
public readonly record struct Token(string Word, string Key);

/// <summary>How an OCR'd word stands to the born-digital word it was aligned with.</summary>
public enum PairKind
{
    Correct,
    /// <summary>Same letters, another tone or mark, and the OCR'd word is a real syllable ("tố" for "tổ", "dầy" for "đầy").</summary>
    WrongMark,
    /// <summary>Same letters, another tone or mark, and no syllable ("thiêt").</summary>
    NonSyllable,
    /// <summary>Other letters.</summary>
    OtherLetters,
    /// <summary>One born-digital word read as two ("tr ường") or two as one.</summary>
    SplitOrJoined,
    /// <summary>A born-digital word with nothing read for it inside an aligned line.</summary>
    Dropped,
}

/// <summary>An aligned pair: the born-digital word (null for an OCR word with none) and the OCR word (null when dropped).</summary>
public readonly record struct AlignedPair(string? Digital, string? Ocr, PairKind Kind);

/// <summary>Aligns each OCR'd line of a document to the born-digital document's words: the line is anchored where
/// most of its word pairs (by bare key, so wrong marks still anchor) occur in the born-digital text, ties going to
/// the place nearest the previous line (reading order), then aligned word by word within that window (edit
/// distance with tone slips cheaper than other letters, and splits and joins). Line breaks may differ between the
/// two (OCR wraps, born-digital paragraphs do not): lines are aligned, not paragraphs.</summary>
public sealed class SyllableAlignment
{
    private readonly List<Token> _digital;
    private readonly Dictionary<string, List<int>> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _singles = new(StringComparer.Ordinal);
    private readonly bool[] _covered;
    private int _last;

    public SyllableAlignment(IEnumerable<string> digitalLines)
    {
        _digital = digitalLines.SelectMany(Tokens).ToList();
        for (var i = 0; i < _digital.Count; i++)
        {
            Add(_singles, _digital[i].Key, i);
            if (i + 1 < _digital.Count) Add(_pairs, _digital[i].Key + " " + _digital[i + 1].Key, i);
        }
        _covered = new bool[_digital.Count];
    }

    public int DigitalWords => _digital.Count;

    /// <summary>Born-digital words that no OCR line was aligned with (lines OCR lost, or read out of recognition).</summary>
    public int Uncovered => _covered.Count(c => !c);

    public static List<Token> Tokens(string line)
    {
        var spans = new List<WordSpan>();
        WordSpans.Split(line, spans);
        var tokens = new List<Token>();
        foreach (var span in spans)
        {
            if (span.Kind != SpanKind.Word) continue;
            var word = TonePlacement.Canonical(VietnameseFolding.Nfc(line.Substring(span.Start, span.Length)).ToLowerInvariant());
            tokens.Add(new Token(word, SyllableInventory.BareKey(word)));
        }
        return tokens;
    }

    /// <summary>The pairs of one OCR line, or none when the line has no place in the born-digital text.</summary>
    public List<AlignedPair> Align(string ocrLine)
    {
        var ocr = Tokens(ocrLine);
        if (ocr.Count == 0) return [];
        var anchor = Anchor(ocr);
        if (anchor < 0) return [];
        var from = Math.Max(0, anchor - 3);
        var to = Math.Min(_digital.Count, anchor + ocr.Count + 3);
        var pairs = WordAlignment.Align(ocr, _digital, from, to, out var first, out var last);
        // A line whose words mostly found nothing is no line of this document (noise, stamp text).
        var matched = pairs.Count(p => p.Digital is not null && p.Ocr is not null && p.Kind != PairKind.OtherLetters);
        if (matched * 2 < ocr.Count) return [];
        for (var i = first; i <= last; i++) _covered[i] = true;
        _last = last + 1;
        return pairs;
    }

    private int Anchor(List<Token> ocr)
    {
        var votes = new Dictionary<int, int>();
        if (ocr.Count >= 2)
        {
            for (var j = 0; j + 1 < ocr.Count; j++)
            {
                if (!_pairs.TryGetValue(ocr[j].Key + " " + ocr[j + 1].Key, out var at)) continue;
                foreach (var p in at) votes[p - j] = votes.GetValueOrDefault(p - j) + 1;
            }
        }
        if (votes.Count == 0)
        {
            for (var j = 0; j < ocr.Count; j++)
            {
                if (!_singles.TryGetValue(ocr[j].Key, out var at)) continue;
                foreach (var p in at) votes[p - j] = votes.GetValueOrDefault(p - j) + 1;
            }
        }
        if (votes.Count == 0) return -1;
        var best = votes.Values.Max();
        return votes.Where(v => v.Value == best).Select(v => v.Key).MinBy(offset => Math.Abs(offset - _last));
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int at)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(at);
    }
}
