using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Finds the criterion a numbered row names when the English model garbled its code ("3 a> Phòng học,"):
/// the cell's first words, folded to bare letters, against the start of every criterion name of the plan's
/// circular, with an edit-distance tolerance for the letters the model damages. Only an unambiguous match counts.</summary>
internal sealed class OcrCriterionNames(IReadOnlyList<CriterionInfo> criteria)
{
    /// <summary>Fewer letters than this say too little to name a criterion.</summary>
    private const int MinLetters = 8;

    /// <summary>Compared letters at most (a cell's first words; a name's tail is often wrapped away).</summary>
    private const int MaxLetters = 24;

    private const double MinSimilarity = 0.8;

    private readonly (CriterionInfo Criterion, string Letters)[] _names =
        [.. criteria.SelectMany(c => new[] { c.Name }.Concat(c.Aliases).Select(n => (c, Letters(n))))];

    /// <summary>The circular a plan cites ("Thông tư số 18/2018/TT-BGDĐT") in its lines, as its criteria; none when it cites none.</summary>
    public static OcrCriterionNames Of(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var folded = FoldedText.Fold(line);
            foreach (var number in (string[])["17/2018", "18/2018", "19/2018"])
                if (folded.Contains(number, StringComparison.Ordinal)) return new OcrCriterionNames(CriteriaCatalogue.For(number));
        }
        return new OcrCriterionNames([]);
    }

    /// <summary>The code of the criterion whose name the text starts with, or null.</summary>
    public string? CodeOf(string text)
    {
        var letters = Letters(text);
        if (letters.Length < MinLetters) return null;
        if (letters.Length > MaxLetters) letters = letters[..MaxLetters];
        string? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var (criterion, name) in _names)
        {
            var prefix = name.Length > letters.Length ? name[..letters.Length] : name;
            var score = 1.0 - (double)Distance(letters, prefix) / letters.Length;
            if (score > bestScore + 1e-9) { best = criterion.Code; bestScore = score; tie = false; }
            else if (Math.Abs(score - bestScore) < 1e-9 && criterion.Code != best) tie = true;
        }
        return bestScore >= MinSimilarity && !tie ? best : null;
    }

    private static string Letters(string text) => new([.. FoldedText.Fold(text).Where(char.IsAsciiLetterLower)]);

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
