namespace Analytics.Ingest.Text.Syllables;

/// <summary>Where the tone mark sits in a syllable. The product's canonical form is the traditional
/// placement ("hòa", "thủy", "khỏe"); "hoà", "thuỷ" are the same syllables with the newer placement.
/// Canonical forms are for matching (the language model, the search index's terms); original text is kept
/// for display. This is the one home of the rule: ingest and search both call it.</summary>
public static class TonePlacement
{
    /// <summary>Reads a word's tone (wherever the mark sits) and its toneless letters.</summary>
    public static (string Toneless, Tone Tone) Split(string word)
    {
        var tone = Tone.Level;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var (b, t) = VietnameseLetters.Split(word[i]);
            if (t != Tone.Level) tone = t;
            buffer[i] = b;
        }
        return (new string(buffer), tone);
    }

    /// <summary>Puts <paramref name="tone"/> on the canonical vowel of a toneless syllable.</summary>
    public static string Place(string toneless, Tone tone)
    {
        if (tone == Tone.Level) return toneless;
        var index = ToneIndex(toneless);
        if (index < 0) return toneless;
        return string.Create(toneless.Length, (toneless, index, tone), static (span, s) =>
        {
            s.toneless.AsSpan().CopyTo(span);
            span[s.index] = VietnameseLetters.WithTone(span[s.index], s.tone);
        });
    }

    /// <summary>The same word with its tone moved to the canonical vowel: "hoà" → "hòa", "THUỶ" → "THỦY".</summary>
    public static string Canonical(string word)
    {
        var (toneless, tone) = Split(word);
        return tone == Tone.Level ? word : Place(toneless, tone);
    }

    /// <summary>Moves the tone of one syllable to its canonical vowel in place, without allocating (the search
    /// index runs it on every token); true when the text changed. A word with two tones is no syllable this
    /// understands and is left alone.</summary>
    public static bool Canonicalize(Span<char> syllable)
    {
        var toned = -1;
        var tone = Tone.Level;
        for (var i = 0; i < syllable.Length; i++)
        {
            // Letters below 'À' carry no tone: most of a text, skipped without a lookup.
            if (syllable[i] < '\u00C0') continue;
            var (_, t) = VietnameseLetters.Split(syllable[i]);
            if (t == Tone.Level) continue;
            if (toned >= 0) return false;
            (toned, tone) = (i, t);
        }
        if (toned < 0) return false;
        syllable[toned] = VietnameseLetters.Split(syllable[toned]).Base;
        var target = ToneIndex(syllable);
        if (target < 0) target = toned;
        syllable[target] = VietnameseLetters.WithTone(syllable[target], tone);
        return target != toned;
    }

    /// <summary>Index of the vowel that carries the tone in a toneless syllable, or -1 when there is no vowel.</summary>
    public static int ToneIndex(ReadOnlySpan<char> s)
    {
        var (start, end) = Nucleus(s);
        if (start < 0) return -1;
        for (var i = end - 1; i >= start; i--)
        {
            if (IsModified(s[i])) return i;
        }
        if (end < s.Length) return end - 1;
        // An open syllable of two vowels takes the tone on the first ("hòa", "thủy"): the traditional placement.
        return end - start <= 2 ? start : start + 1;
    }

    /// <summary>Index of the "o"/"u" of an open "oa", "oe" or "uy" nucleus ("hoà", "khỏe", "thuỷ"; not the "qu"
    /// of "quý"), or -1: the only syllables the traditional and newer placements write differently. The word may
    /// carry its tone anywhere.</summary>
    public static int OpenPairIndex(ReadOnlySpan<char> word)
    {
        var (start, end) = Nucleus(word);
        if (start < 0 || end != word.Length || end - start != 2) return -1;
        var first = char.ToLowerInvariant(VietnameseLetters.Split(word[start]).Base);
        var second = char.ToLowerInvariant(VietnameseLetters.Split(word[start + 1]).Base);
        return (first, second) is ('o', 'a') or ('o', 'e') or ('u', 'y') ? start : -1;
    }

    /// <summary>Start and end of the syllable's vowel nucleus ("qu" and "gi" + vowel count as onset), or -1.</summary>
    private static (int Start, int End) Nucleus(ReadOnlySpan<char> s)
    {
        var start = 0;
        while (start < s.Length && !VietnameseLetters.IsVowel(s[start])) start++;
        if (start >= s.Length) return (-1, -1);
        // "qu" and "gi" + vowel: the u / i belongs to the onset.
        if (start > 0 && start + 1 < s.Length && VietnameseLetters.IsVowel(s[start + 1]))
        {
            var prev = char.ToLowerInvariant(s[start - 1]);
            var v = char.ToLowerInvariant(s[start]);
            if ((prev == 'q' && v == 'u') || (prev == 'g' && v == 'i' && start == 1)) start++;
        }
        var end = start;
        while (end < s.Length && VietnameseLetters.IsVowel(s[end])) end++;
        return (start, end);
    }

    private static bool IsModified(char c) => char.ToLowerInvariant(c) is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';
}
