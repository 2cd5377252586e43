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

    /// <summary>The open "oa"/"oe"/"uy" pair of a word, by <see cref="TonePlacement"/>'s rule (words longer than a
    /// syllable are none).</summary>
    private static int OpenPair(ReadOnlySpan<char> word) => word.Length > 7 ? -1 : TonePlacement.OpenPairIndex(word);
}
