using System.Text;
using Analytics.Ingest.Text.Encodings;
using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Text;

/// <summary>Word statistics of a piece of text: how many words are accented syllables, bare syllables,
/// accented non-syllables (the "tién", "céng" of English OCR) and OCR-looking tokens ("lwong", "B6", "s6").</summary>
public readonly record struct TextProfile(int Words, int Accented, int Bare, int BadAccents, int OcrLike)
{
    public int Syllabic => Accented + Bare;
    public TextProfile Add(TextProfile o) => new(Words + o.Words, Accented + o.Accented, Bare + o.Bare, BadAccents + o.BadAccents, OcrLike + o.OcrLike);
}

/// <summary>Classifies lines by their word statistics. Thresholds were set on clean plans and Wikipedia
/// (accented share of syllables is above 0.4 in practically every clean line of 4+ syllables) and on
/// English-OCR output of rendered plans (many accented non-syllables and digit/w look-alikes).</summary>
public static class TextDamageDetector
{
    public static TextProfile Profile(string text)
    {
        int words = 0, accented = 0, bare = 0, bad = 0, ocr = 0;
        var inventory = SyllableInventory.Default;
        foreach (var raw in text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '-', '–', '“', '”', '‘', '’', '[', ']', '*', '…');
            if (word.Length == 0 || word.Length > 20) continue;
            var letters = 0;
            var digits = 0;
            var marked = false;
            var odd = false;
            foreach (var c in word)
            {
                if (char.IsDigit(c)) digits++;
                else if (VietnameseLetters.IsVietnameseLetter(c))
                {
                    letters++;
                    marked |= VietnameseLetters.IsMarked(c);
                    odd |= c is 'w' or 'W' or 'f' or 'F' or 'j' or 'J' or 'z' or 'Z';
                }
                else if (char.IsLetter(c)) odd = true;
            }
            if (letters == 0) continue;
            words++;
            if (digits > 0 && letters <= 3 && letters + digits <= 4 && !char.IsDigit(word[0])) { ocr++; continue; }
            if (digits > 0) continue;
            // A bare word counts when some toned syllable has its letters ("muc" → mục): stop finals need a tone.
            var syllable = letters == word.Length && letters <= 8 &&
                (marked ? inventory.IsSyllable(word) : inventory.Candidates(SyllableInventory.BareKey(word)).Count > 0);
            if (syllable)
            {
                if (marked) accented++; else bare++;
            }
            else if (marked && letters == word.Length && letters <= 8 && !IsAllCaps(word)) bad++;
            else if (odd && letters <= 7 && !IsAllCaps(word)) ocr++;
        }
        return new TextProfile(words, accented, bare, bad, ocr);
    }

    /// <summary>The condition of one line (or block) judged alone.</summary>
    public static TextCondition Classify(string text)
    {
        if (HasCombiningMarks(text)) return TextCondition.Decomposed;
        if (LegacyEncodingRepair.Repair(text).Encoding != LegacyEncoding.None) return TextCondition.LegacyEncoding;
        return Classify(Profile(text));
    }

    public static TextCondition Classify(TextProfile p)
    {
        var judged = p.Syllabic + p.BadAccents + p.OcrLike;
        if (judged < 2 || judged < p.Words * 0.5) return TextCondition.Neutral;
        var damage = p.BadAccents + p.OcrLike;
        if (damage >= 2 && damage >= judged * 0.12 && p.Accented < judged * 0.6 && p.Syllabic >= p.Words * 0.4) return TextCondition.OcrDamaged;
        if (p.Accented <= judged * 0.12 && p.Bare >= 2) return TextCondition.Unaccented;
        // Mixed: a few accented words (names, a pasted phrase) in a line typed without marks.
        if (p.Accented <= judged * 0.3 && p.Bare >= 4) return TextCondition.Unaccented;
        return TextCondition.Clean;
    }

    public static bool HasCombiningMarks(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F') return true;
        }
        return !text.IsNormalized(NormalizationForm.FormC);
    }

    private static bool IsAllCaps(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }
}
