using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Tesseract's Vietnamese model sometimes drops the space between two syllables ("Tiêuchí",
/// "nămhọc"). A Vietnamese syllable has exactly one vowel group, so a letters-only word with two vowel
/// groups is split where both halves are known syllables, choosing the likeliest cut ("tổ|chức", not
/// "tổc|hức"). Only words with a Vietnamese-only letter or a tone mark are touched, and never a word that
/// is itself a known syllable, so "online", "STEM" and names stay as they are.</summary>
internal static class SyllableSplitter
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string VietnameseOnly = "ăâêôơưđ";

    /// <summary>Both halves must have been seen at least 2^MinFrequency times.</summary>
    private const int MinFrequency = 4;

    public static IReadOnlyList<string> Split(string word)
    {
        if (word.Length < 4 || !word.All(char.IsLetter)) return [word];
        var bases = Bases(word);
        if (!bases.Any(c => VietnameseOnly.Contains(c)) && !HasToneMark(word)) return [word];
        if (VowelGroups(bases) != 2 || SyllableTable.Frequency(word) > 0) return [word];

        var (start, end) = ConsonantsBetweenGroups(bases);
        var best = -1;
        var bestScore = 0;
        for (var cut = start; cut <= end; cut++)
        {
            var score = Math.Min(SyllableTable.Frequency(word[..cut]), SyllableTable.Frequency(word[cut..]));
            if (score >= MinFrequency && score > bestScore)
            {
                best = cut;
                bestScore = score;
            }
        }
        return best < 0 ? [word] : [word[..best], word[best..]];
    }

    private static int VowelGroups(string bases)
    {
        var groups = 0;
        for (var i = 0; i < bases.Length; i++)
        {
            if (Vowels.Contains(bases[i]) && (i == 0 || !Vowels.Contains(bases[i - 1]))) groups++;
        }
        return groups;
    }

    /// <summary>The cut positions available: from the end of the first vowel group to the start of the second.</summary>
    private static (int Start, int End) ConsonantsBetweenGroups(string bases)
    {
        var i = 0;
        while (i < bases.Length && !Vowels.Contains(bases[i])) i++;
        while (i < bases.Length && Vowels.Contains(bases[i])) i++;
        var start = i;
        while (i < bases.Length && !Vowels.Contains(bases[i])) i++;
        return (start, i);
    }

    /// <summary>Lower-case letters with tone marks removed but vowel shapes (ă, â, ê, ô, ơ, ư) and đ kept;
    /// one char per char of the NFC input, so positions map back.</summary>
    private static string Bases(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
            var kept = new StringBuilder();
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark && d is not ('\u0306' or '\u0302' or '\u031B')) continue;
                kept.Append(d);
            }
            var recomposed = kept.ToString().Normalize(NormalizationForm.FormC);
            builder.Append(recomposed.Length == 1 ? recomposed[0] : c);
        }
        return builder.ToString();
    }

    private static bool HasToneMark(string word) =>
        word.Normalize(NormalizationForm.FormD).Any(d => d is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
}
