using System.Globalization;
using System.Text;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Tests.Ocr;

/// <summary>Syllable accuracy of OCR text against accented truth: both are split into syllables (whitespace
/// tokens, lower-cased, NFC, edge punctuation removed, diacritics kept), aligned by edit distance, and
/// accuracy = 1 − (substitutions + deletions + insertions) / truth syllables.</summary>
internal static class SyllableAccuracy
{
    public static double Measure(string truth, string ocr)
    {
        var expected = Syllables(truth);
        var actual = Syllables(ocr);
        if (expected.Count == 0) return actual.Count == 0 ? 1 : 0;
        return Math.Max(0, 1 - (double)EditDistance(expected, actual) / expected.Count);
    }

    public static List<string> Syllables(string text) =>
        VietnameseFolding.Nfc(text).Replace('|', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”', '!', '?').ToLower(CultureInfo.GetCultureInfo("vi-VN")))
            .Where(t => t.Length > 0)
            .ToList();

    private static int EditDistance(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++) previous[j] = j;
        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Count; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Count];
    }
}
