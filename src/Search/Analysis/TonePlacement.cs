using System.Text;

namespace Analytics.Search.Analysis;

/// <summary>Puts the tone mark of a lower-case NFC syllable on one canonical vowel, so the two
/// spellings in use ("hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe") become one term. The canonical place
/// follows the modern rule: a vowel with a quality mark (ă â ê ô ơ ư; ơ in ươ) takes it; otherwise the
/// last vowel before a final consonant; otherwise, in an open syllable, the second vowel of oa/oe/uy,
/// the middle of three vowels, and the first of other pairs. Works on precomposed letters through
/// tables, without normalising per token (this runs for every token indexed).</summary>
internal static class TonePlacement
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string QualityVowels = "ăâêôơư";
    private const int TableStart = 0x00C0;
    private const int TableEnd = 0x1EFF;
    private static readonly char[] ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    // For each precomposed lower-case vowel: its letter without tone and its tone (1..5), 0 when none.
    private static readonly char[] Bare = new char[TableEnd - TableStart + 1];
    private static readonly byte[] Tone = new byte[TableEnd - TableStart + 1];
    private static readonly Dictionary<(char, int), char> Compose = [];

    static TonePlacement()
    {
        foreach (var vowel in Vowels)
        {
            for (var t = 0; t < ToneMarks.Length; t++)
            {
                var toned = (vowel + ToneMarks[t].ToString()).Normalize(NormalizationForm.FormC);
                if (toned.Length != 1 || toned[0] < TableStart || toned[0] > TableEnd) continue;
                Bare[toned[0] - TableStart] = vowel;
                Tone[toned[0] - TableStart] = (byte)(t + 1);
                Compose[(vowel, t + 1)] = toned[0];
            }
        }
    }

    /// <summary>The syllable with its tone on the canonical vowel; the input itself when it has no tone
    /// or already has it there.</summary>
    public static string Canonical(string syllable)
    {
        Span<char> buffer = syllable.Length <= 64 ? stackalloc char[syllable.Length] : new char[syllable.Length];
        syllable.AsSpan().CopyTo(buffer);
        return Canonicalize(buffer) ? new string(buffer) : syllable;
    }

    /// <summary>Moves the tone in place; true when the text changed.</summary>
    public static bool Canonicalize(Span<char> syllable)
    {
        var toned = -1;
        var tone = 0;
        for (var i = 0; i < syllable.Length; i++)
        {
            var c = syllable[i];
            if (c < TableStart || c > TableEnd || Tone[c - TableStart] == 0) continue;
            if (toned >= 0) return false; // two tones: not one syllable we understand; leave it
            toned = i;
            tone = Tone[c - TableStart];
        }
        if (toned < 0) return false;
        syllable[toned] = Bare[syllable[toned] - TableStart];
        var target = TargetIndex(syllable);
        if (target < 0 || !Compose.TryGetValue((syllable[target], tone), out var composed)) target = toned;
        syllable[target] = Compose[(syllable[target], tone)];
        return target != toned;
    }

    private static int TargetIndex(ReadOnlySpan<char> s)
    {
        var start = 0;
        // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
        if (s.Length > 2 && (s.StartsWith("qu") || s.StartsWith("gi")) && Vowels.Contains(s[2])) start = 2;
        while (start < s.Length && !Vowels.Contains(s[start])) start++;
        if (start >= s.Length) return -1;
        var end = start;
        while (end < s.Length && Vowels.Contains(s[end])) end++;
        var count = end - start;

        var lastQuality = -1;
        for (var i = start; i < end; i++)
            if (QualityVowels.Contains(s[i])) lastQuality = i;
        if (lastQuality >= 0) return lastQuality;

        if (end < s.Length) return end - 1;
        if (count == 1) return start;
        if (count == 2)
        {
            var pair = s.Slice(start, 2);
            return pair is "oa" or "oe" or "uy" ? start + 1 : start;
        }
        return start + 1;
    }
}
