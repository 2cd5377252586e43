using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Tesseract also drops the space between a number and the syllable next to it ("Từ3/2025",
/// "2,8ty", "10%so"), which hides dates and amounts from the parser. A word is cut where a run of letters
/// meets a number, when the letters form a Vietnamese syllable of two letters or more in lower or title
/// case (or with a Vietnamese letter); so units and codes ("150m2", "10kg", "HK1", "THCS2") stay whole.</summary>
internal static class GluedNumberSplitter
{
    public static IReadOnlyList<string> Split(string word)
    {
        if (word.Length < 3 || !word.Any(char.IsDigit) || !word.Any(char.IsLetter)) return [word];
        var runs = Runs(word);
        if (runs.Count < 2) return [word];

        var parts = new List<string>();
        var current = runs[0];
        for (var i = 1; i < runs.Count; i++)
        {
            var (left, right) = (runs[i - 1], runs[i]);
            if (Cuts(left, right))
            {
                parts.Add(current);
                current = right;
            }
            else
            {
                current += right;
            }
        }
        parts.Add(current);
        return parts;
    }

    /// <summary>A syllable before a run starting with a digit, or after a run ending with a digit or '%'.</summary>
    private static bool Cuts(string left, string right)
    {
        // The letters may be two glued syllables themselves ("Tiêuchí1.6"): the one touching the number counts.
        if (IsLetters(left)) return char.IsDigit(right[0]) && IsSyllable(SyllableSplitter.Split(left)[^1]);
        if (IsLetters(right)) return (char.IsDigit(left[^1]) || left[^1] == '%') && IsSyllable(SyllableSplitter.Split(right)[0]);
        return false;
    }

    private static bool IsSyllable(string letters) =>
        letters.Length >= 2
        && (letters.Skip(1).All(char.IsLower) || letters.Any(c => c > '\u007f'))
        && SyllableInventory.Default.IsSyllable(letters);

    private static bool IsLetters(string run) => char.IsLetter(run[0]);

    /// <summary>Maximal runs of letters and of everything else.</summary>
    private static List<string> Runs(string word)
    {
        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i < word.Length && char.IsLetter(word[i]) == char.IsLetter(word[i - 1])) continue;
            runs.Add(word[start..i]);
            start = i;
        }
        return runs;
    }
}
