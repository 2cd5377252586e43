namespace Analytics.Ingest.Text.Syllables;

/// <summary>The two ways of placing a tone on an open syllable ending in "oa", "oe" or "uy": traditional
/// ("hóa", "khỏe", "thủy", <see cref="TonePlacement"/>'s canonical form) and newer ("hoá", "khoẻ", "thuỷ").
/// Every other syllable is written the same in both.</summary>
public enum ToneStyle
{
    Traditional,
    Newer,
}

/// <summary>Reads which placement a text uses and writes syllables in it, so that restored words follow
/// the document's own style instead of the model's.</summary>
public static class ToneStyles
{
    /// <summary>The placement most open "oa"/"oe"/"uy" syllables of <paramref name="text"/> use
    /// (traditional when none or a tie: it is the canonical one).</summary>
    public static ToneStyle Detect(string text)
    {
        int traditional = 0, newer = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var pair = OpenPair(text.AsSpan(start, i - start));
            if (pair < 0) continue;
            if (VietnameseLetters.Split(text[start + pair]).Tone != Tone.Level) traditional++;
            else if (VietnameseLetters.Split(text[start + pair + 1]).Tone != Tone.Level) newer++;
        }
        return newer > traditional ? ToneStyle.Newer : ToneStyle.Traditional;
    }

    /// <summary><paramref name="line"/> with every open "oa"/"oe"/"uy" syllable written in <paramref name="style"/>.</summary>
    public static string Apply(string line, ToneStyle style)
    {
        char[]? output = null;
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var start = i;
            while (i < line.Length && char.IsLetter(line[i])) i++;
            var pair = OpenPair(line.AsSpan(start, i - start));
            if (pair < 0) continue;
            int from = start + pair, to = from + 1;
            if (style == ToneStyle.Traditional) (from, to) = (to, from);
            var (fromBase, tone) = VietnameseLetters.Split(line[from]);
            if (tone == Tone.Level) continue;
            output ??= line.ToCharArray();
            output[from] = fromBase;
            output[to] = VietnameseLetters.WithTone(VietnameseLetters.Split(line[to]).Base, tone);
        }
        return output is null ? line : new string(output);
    }

    /// <summary>Offset of the "o"/"u" when the word ends in an open "oa", "oe" or "uy" nucleus of its own
    /// (not the "u" of "qu": "quý" has one vowel), else -1.</summary>
    private static int OpenPair(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 7) return -1;
        var first = char.ToLowerInvariant(VietnameseLetters.Split(word[^2]).Base);
        var second = char.ToLowerInvariant(VietnameseLetters.Split(word[^1]).Base);
        var open = (first, second) is ('o', 'a') or ('o', 'e') or ('u', 'y');
        if (!open) return -1;
        if (word.Length >= 3)
        {
            var before = char.ToLowerInvariant(word[^3]);
            if (VietnameseLetters.IsVowel(before)) return -1;
            if (first == 'u' && before == 'q') return -1;
        }
        return word.Length - 2;
    }
}
