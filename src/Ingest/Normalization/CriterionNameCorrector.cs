namespace Analytics.Ingest.Normalization;

/// <summary>Puts right a criterion name that OCR garbled ("Pội vội giáo viộn", "Khu6n vién, khu", "Khuonvien"): the
/// text's first letters, folded to bare letters with the digits the English model writes for letters read back
/// ("B6" is "Bổ", "X4y" is "Xây", "1ớp" is "lớp"), against the start of every name and alias of a circular's criteria,
/// with an edit-distance tolerance for the letters the model damages. Only an unambiguous match counts. The one
/// home of that correction: the English-OCR table reader calls it for rows whose code was lost, and any OCR'd
/// criterion cell can.</summary>
public sealed class CriterionNameCorrector(IReadOnlyList<CriterionInfo> criteria)
{
    /// <summary>Fewer letters than this say too little to name a criterion.</summary>
    private const int MinLetters = 8;

    /// <summary>Compared letters at most (a cell's first words; a name's tail is often wrapped away).</summary>
    private const int MaxLetters = 24;

    private const double MinSimilarity = 0.8;

    private static readonly string[] Circulars = ["17/2018", "18/2018", "19/2018"];

    private readonly (CriterionInfo Criterion, string Letters)[] _names =
        [.. criteria.SelectMany(c => new[] { c.Name }.Concat(c.Aliases).Select(n => (c, Letters(n))))];

    /// <summary>The corrector for a school level ("tieu-hoc") or a circular's number ("18/2018").</summary>
    public static CriterionNameCorrector For(string levelOrCircular) => new(CriteriaCatalogue.For(levelOrCircular));

    /// <summary>The corrector for the circular a plan cites ("Thông tư số 18/2018/TT-BGDĐT") in its lines; when the
    /// citation is missing or garbled, all three circulars', where a name must still give one code.</summary>
    public static CriterionNameCorrector Cited(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var folded = FoldedText.Fold(line);
            foreach (var number in Circulars)
                if (folded.Contains(number, StringComparison.Ordinal)) return For(number);
        }
        return new CriterionNameCorrector([.. Circulars.SelectMany(CriteriaCatalogue.For)]);
    }

    /// <summary>The criterion whose name the text starts with, or null when none or more than one fits.</summary>
    public CriterionInfo? Match(string text)
    {
        var letters = Letters(text);
        if (letters.Length < MinLetters) return null;
        if (letters.Length > MaxLetters) letters = letters[..MaxLetters];
        CriterionInfo? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var (criterion, name) in _names)
        {
            var prefix = name.Length > letters.Length ? name[..letters.Length] : name;
            var score = 1.0 - (double)EditDistance.Of(letters, prefix) / letters.Length;
            if (score > bestScore + 1e-9) { best = criterion; bestScore = score; tie = false; }
            else if (Math.Abs(score - bestScore) < 1e-9 && criterion.Code != best?.Code) tie = true;
        }
        return bestScore >= MinSimilarity && !tie ? best : null;
    }

    /// <summary>The catalogue's name of the criterion the garbled text names ("Pội vội giáo viộn" gives "Đối với
    /// giáo viên"), or null.</summary>
    public string? Correct(string text) => Match(text)?.Name;

    /// <summary>The text's letters, folded, with a digit between or beside letters read as the letter the model
    /// took it for.</summary>
    private static string Letters(string text)
    {
        var folded = FoldedText.Fold(text);
        var letters = new System.Text.StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiLetterLower(c)) letters.Append(c);
            else if (char.IsAsciiDigit(c) && InWord(folded, i) && LetterFor(c) is { } letter) letters.Append(letter);
        }
        return letters.ToString();
    }

    private static bool InWord(string folded, int i) =>
        (i > 0 && char.IsAsciiLetterLower(folded[i - 1])) || (i + 1 < folded.Length && char.IsAsciiLetterLower(folded[i + 1]));

    /// <summary>The letter the English model wrote as this digit inside a word: "6" for ô/ơ/ổ, "0" for o, "4" for
    /// â/ă, "1" for l.</summary>
    private static char? LetterFor(char digit) => digit switch { '6' or '0' => 'o', '4' => 'a', '1' => 'l', _ => null };
}
