using System.Text.RegularExpressions;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>Mends what OCR typically does to the codes a plan's table cells hold (and to amounts, <see cref="CellAmountRepair"/>), where the printed form leaves no
/// doubt: a quarter's Roman numeral misread (<see cref="QuarterNumeral"/>), a half-year whose two strokes ran together ("HK H", "HKNH", "HKTII": the
/// serifs of "II" touch, and no half-year but II has two), a year whose last digit came apart ("Tháng 11/202 4",
/// "Quý IV/202 4": seen on scans, faxes and photos alike), the dash between two years read twice ("2024-- 2025") and a criterion code whose dot was read as a
/// comma at the head of a criterion cell ("5,2. Tổ chức …", "Tiêu chí 5,2:"; an amount "5,2 tỷ" is followed by its
/// unit, never by ". Word"), a standard's numeral whose strokes ran together ("TIÊU CHUẨN H:" is II, as for the
/// half-year; a numeral that disagrees with the standard's printed name, <see cref="StandardHeading"/>) and a lone opening quote the scan put before a word ("Tiêu chuẩn 1 - "Tiêu chí 4": a quotation the
/// plan prints has its closing mark in the same cell).</summary>
internal static partial class CellTextRepair
{
    public static string Apply(string text)
    {
        if (text.Length == 0) return text;
        text = QuarterNumeral.Mend(text);
        text = SecondHalfYear().Replace(text, "${head}II");
        text = StandardNumeral().Replace(text, m => m.Groups["head"].Value + Strokes(m.Groups["numeral"].Value));
        text = StandardHeading.Mend(LoneQuote(text));
        text = SplitYear().Replace(text, "${century}${last}");
        text = CellAmountRepair.Apply(DoubledDash().Replace(text, "${dash}"));
        return CriterionComma().Replace(text, "${head}${standard}.${criterion}");
    }

    /// <summary>A numeral of joined strokes as Roman: H, N and U print two strokes side by side, I, l and 1 one.</summary>
    private static string Strokes(string numeral) => new('I', numeral.Sum(c => c is 'H' or 'N' or 'U' ? 2 : 1));

    private static string LoneQuote(string text)
    {
        var quotes = text.Count(c => c is '"' or '“' or '”');
        return quotes == 1 ? OpeningQuote().Replace(text, "") : text;
    }

    /// <summary>"Tiêu chuẩn"/"TIÊU CHUẨN" (also read "TIỂU") then a numeral with a glyph of two joined strokes (two or
    /// three strokes in all), before the colon or dash that leads to the standard's name.</summary>
    [GeneratedRegex(@"(?<head>\b(?i:ti[êể]u\s*chu[ẩâ]n)\s+)(?<numeral>[HNU][Il1]?|[Il1][HNU])(?=\s*[:.\-–])")]
    private static partial Regex StandardNumeral();

    /// <summary>An opening quote at the start of a word (the cell's start or after a space).</summary>
    [GeneratedRegex(@"(?<=^|\s)[""“](?=\p{L})")]
    private static partial Regex OpeningQuote();

    /// <summary>"HK" or "Học kỳ" followed by a glyph of two joined strokes (H, N, U, once or twice) or a T whose bar is
    /// two joined serifs followed by one or two strokes: only "II" prints two strokes side by side there. A lone stroke
    /// ("HKl", "HKI]") is left to the timeline reader: it may be I or a damaged 1.</summary>
    [GeneratedRegex(@"(?<head>\b(?:HK|Học\s*k[ỳìy])\s?)(?:[HNU]{1,2}|T[Il1|]{1,2})(?![\p{L}\d])")]
    private static partial Regex SecondHalfYear();

    /// <summary>"202 4" after a slash, a dash or "năm": a year of this century cut before its last digit. A number of
    /// three digits then one is no amount (amounts group by three) and no date.</summary>
    [GeneratedRegex(@"(?<=(?:[/\-–]|\b[Nn]ăm|\bHè|\bQuý\s*[IV1-4]{1,4})\s*)(?<century>20[0-9])\s(?<last>\d)(?![\d.,])")]
    private static partial Regex SplitYear();

    /// <summary>"2024-- 2025": the dash between the years of a school year read twice.</summary>
    [GeneratedRegex(@"(?<=\b20\d\d\s*)(?<dash>[-–—])[-–—]+(?=\s*(?:20)?\d\d\b)")]
    private static partial Regex DoubledDash();

    [GeneratedRegex(@"^(?<head>\s*(?:Tiêu chí\s+)?)(?<standard>\d{1,2}),(?<criterion>\d{1,2})(?=[.:]\s*\p{L})")]
    private static partial Regex CriterionComma();
}
