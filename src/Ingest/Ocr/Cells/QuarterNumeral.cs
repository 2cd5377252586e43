using System.Text.RegularExpressions;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>The one home of a quarter's Roman numeral as OCR misreads it, for every reader of scanned text (the
/// Vietnamese model's table cells and the English model's row lines): a stroke read as the digit 1, "l" or "|"
/// ("Quý I1V/2024" is IV, "Quý II1" is III, "Quy 11/2025" is II) or the numeral cut by a stray apostrophe
/// ("Quy I'V/2025"). A quarter is I–IV, so a V among the strokes means IV and there is no quarter 11: a numeral of
/// two to four strokes is Roman whatever each stroke was read as. A lone "1" is left alone: "Quý 1" is printed so.</summary>
internal static partial class QuarterNumeral
{
    public static string Mend(string text) =>
        text.Length == 0 ? text : Numeral().Replace(text, m => m.Groups["head"].Value + Roman(m.Groups["numeral"].Value));

    private static string Roman(string numeral)
    {
        var strokes = numeral.Where(c => c is not ('\'' or '’' or '‘' or '`')).ToArray();
        if (strokes.Contains('V')) return "IV";
        return new string('I', Math.Min(3, strokes.Length));
    }

    /// <summary>"Quý"/"Quy" (any case), then two to four strokes with at least one that is not a Roman numeral's
    /// (a digit 1, "l", "|" or an apostrophe between strokes); nothing of a word or a number right after.</summary>
    [GeneratedRegex(@"(?<head>\b(?i:qu[yý])\s*)(?<numeral>(?=[IVl1|]*(?:[l1|]|['’‘`][IVl1|]))[IVl1|](?:['’‘`]?[IVl1|]){1,3})(?![\p{L}\d])")]
    private static partial Regex Numeral();
}
