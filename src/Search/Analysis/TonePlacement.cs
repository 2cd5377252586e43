using System.Text;

namespace Analytics.Search.Analysis;

/// <summary>Puts the tone mark of a lower-case NFC syllable on one canonical vowel, so the two
/// spellings in use ("hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe") become one term. The canonical place
/// follows the modern rule: a vowel with a quality mark (ă â ê ô ơ ư; ơ in ươ) takes it; otherwise the
/// last vowel before a final consonant; otherwise, in an open syllable, the second vowel of oa/oe/uy,
/// the middle of three vowels, and the first of other pairs.</summary>
internal static class TonePlacement
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string QualityVowels = "ăâêôơư";

    /// <summary>The syllable with its tone on the canonical vowel; the input itself when it has no tone.</summary>
    public static string Canonical(string syllable)
    {
        var decomposed = syllable.Normalize(NormalizationForm.FormD);
        char tone = '\0';
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsTone(c)) { tone = c; continue; }
            bare.Append(c);
        }
        if (tone == '\0') return syllable;
        var letters = bare.ToString().Normalize(NormalizationForm.FormC);
        var target = TargetIndex(letters);
        if (target < 0) return syllable;
        var result = string.Concat(letters.AsSpan(0, target + 1), tone.ToString(), letters.AsSpan(target + 1));
        return result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the syllable carries one of the five tone marks (any placement).</summary>
    public static bool HasTone(string syllable)
    {
        foreach (var c in syllable.Normalize(NormalizationForm.FormD))
            if (IsTone(c)) return true;
        return false;
    }

    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    private static int TargetIndex(string s)
    {
        var start = 0;
        // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
        if (s.Length > 2 && (s.StartsWith("qu", StringComparison.Ordinal) || s.StartsWith("gi", StringComparison.Ordinal)) && Vowels.Contains(s[2]))
            start = 2;
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
            var pair = s.AsSpan(start, 2);
            return pair is "oa" or "oe" or "uy" ? start + 1 : start;
        }
        return start + 1;
    }
}
