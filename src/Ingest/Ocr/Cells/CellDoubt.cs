using System.Text.RegularExpressions;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>Readings of a plan's table cell that cannot be what was printed, so the cell is worth a second
/// reading: an amount with a letter among its digit groups ("o0.000.000đ"), a half-year that is neither HKI nor
/// HKII ("HKTI"), a quarter that is no quarter ("Quý JI/2024") and a cell opening on stray symbols before a dot
/// leader ("¬... Khuôn viên", where "3.1." was printed). Each names a form the genre prints in one way only.</summary>
internal static partial class CellDoubt
{
    public static bool IsDamaged(string text) =>
        text.Length > 0 && (LetterInAmount().IsMatch(text) || HalfYear().IsMatch(text) || Quarter().IsMatch(text) || StrayOpening().IsMatch(text)
            || ShortGarble().IsMatch(text.Trim()));

    /// <summary>A reading that is mostly symbols ("E t@ = = Q = m= ¬"): what Tesseract makes of a narrow column's
    /// header printed turned on its side ("Tiêu chí", "Thời gian" written bottom to top).</summary>
    public static bool IsGarbled(string text)
    {
        var ink = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        return ink.Count >= MinGarbled && ink.Count(char.IsLetterOrDigit) * 2 < ink.Count;
    }

    private const int MinGarbled = 6;

    /// <summary>"o0.000.0", "5O.000", "l.200.000": an o, O, l or I at the head of or among an amount's digit groups;
    /// "7B triệu", "1,B tỷ": a B, S or O for the last digit before a unit (8, 5 or 0: which one, only a second reading says).</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:[oOlI]\d*[.,]\d{3}|\d{1,3}[.,]\d{0,2}[oOlI]\d*(?:[.,]\d{1,3})?\b|\d{1,3}[.,]?[BSO]\s*(?:tỷ|triệu)\b)")]
    private static partial Regex LetterInAmount();

    /// <summary>"HK" or "Học kỳ" followed by strokes that are not I or II: "HKTI", "HK1I", "Học kỳ lI", "HK lĩ" (a stroke
    /// read as an accented i on a fax; the digits of "HK1", "Học kỳ 2" are printed forms).</summary>
    [GeneratedRegex(@"\b(?:HK|Học\s*k[ỳìy])\s?(?!I{1,2}\b|[12]\b)[IlT1|!iĩíìỉị]{1,3}(?![\p{L}\d])")]
    private static partial Regex HalfYear();

    /// <summary>"Quý" followed by neither a Roman I–IV nor a digit 1–4: "Quý JI/2024", "Quý HV2024".</summary>
    [GeneratedRegex(@"\bQuý\s*(?![IV]{1,4}(?![\p{L}\d])|[1-4](?!\d))[\p{L}\d|!]")]
    private static partial Regex Quarter();

    /// <summary>A cell of two to four characters holding a question mark or a stray symbol, or a digit then a letter:
    /// what a one-line code in a narrow column ("3.5", "2.2") comes out as when the cut-out is too tight ("2c)", "VẦ?,").</summary>
    [GeneratedRegex(@"^(?=.{2,4}$)(?:.*[?‹›¡¿~^«»¬]|\d\p{L}\W?$)")]
    private static partial Regex ShortGarble();

    /// <summary>A cell opening on one to three symbols that are no bullet or bracket, then dots ("¬...", "~.. ") or one
    /// dot and a capitalised word ("`. Khuôn viên", where "3.1." was printed).</summary>
    [GeneratedRegex(@"^[^\p{L}\d\s\-–+•*""“(\[]{1,3}\.(?:\.+|\s+\p{Lu})")]
    private static partial Regex StrayOpening();
}
