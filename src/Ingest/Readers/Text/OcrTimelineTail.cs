using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>A row's timeline cell read by where it sits rather than by what the model made of its words. The period
/// column stands right of the target and action columns, with only the budget and its source after it; on the
/// lines below a row's first line those short cells are usually empty, so each line's wrapped piece of the period
/// ("Từ tháng" / "9/2024" / "đến hết" / "tháng" / "5/2025") is the last run of time words on the line. Joined in
/// line order, the runs give the cell back whatever the cell edge cut apart.</summary>
internal static partial class OcrTimelineTail
{
    /// <summary>How many of a row's lines the period cell can span (it wraps more than the others: narrow column).</summary>
    private const int CellLines = 8;

    /// <summary>The row's period pieces joined, or "" when fewer than two lines give one, or the join names no year.</summary>
    public static string Of(IReadOnlyList<string> lines)
    {
        var pieces = new List<string>();
        for (var l = 0; l < lines.Count && l < CellLines; l++)
            if (LastRun(lines[l]) is { Length: > 0 } run) pieces.Add(run);
        if (pieces.Count < 2) return "";
        var joined = string.Join(" ", pieces);
        return Year().IsMatch(joined) && Anchor().IsMatch(joined) ? joined : "";
    }

    /// <summary>True when the line's last run of time words is a period's opening words only ("… Tháng", "… Từ
    /// tháng", "… Quý Không"): the cell wrapped before its number, which the next line carries.</summary>
    public static bool EndsOpenPeriod(string line) => LastRun(line) is { Length: > 0 } run && !run.Any(char.IsAsciiDigit) && OpenWords().IsMatch(run);

    /// <summary>The last run of time words on the line, after the budget's amount and its funding words are set
    /// aside; "" when the run does not reach the line's end that way.</summary>
    private static string LastRun(string line)
    {
        var tokens = Token().Matches(FoldedText.Fold(line.Replace('|', ' '))).Select(m => m.Value).ToList();
        var end = tokens.Count;
        while (end > 0 && IsBudgetTail(tokens[end - 1])) end--;
        var start = end;
        while (start > 0 && IsTimeWord(tokens[start - 1], start - 2 >= 0 ? tokens[start - 2] : null)) start--;
        return start < end ? string.Join(" ", tokens.Skip(start).Take(end - start)) : "";
    }

    private static bool IsBudgetTail(string token) => Amount().IsMatch(token) || FundingWord().IsMatch(token);

    /// <summary>A word of a period: a month, a quarter, a term, a date, a year, or the words that join them.
    /// A small number counts only after the word it numbers ("tháng 9", "quý 2").</summary>
    private static bool IsTimeWord(string token, string? before) =>
        TimeWord().IsMatch(token) || DateToken().IsMatch(token)
        || (SmallNumber().IsMatch(token) && before is not null && Numbered().IsMatch(before));

    [GeneratedRegex(@"[^\s]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:tu|tw|tir|den|het|thang|twthang|tuthang|quy|hk|hki|hkii|ky|ki|he|nam|hoc|namhoc|truoc|cuoi|dau|tuan|iv|i{1,3}|-|–)$")]
    private static partial Regex TimeWord();

    [GeneratedRegex(@"^(?:\d{1,2}/){1,2}(?:19|20)\d{2}[-–]?$|^(?:19|20)\d{2}(?:[-–](?:(?:19|20)\d{2})?)?$|^[i1l]{1,3}/(?:19|20)\d{2}$")]
    private static partial Regex DateToken();

    [GeneratedRegex(@"^\d{1,2}[,.]?$")]
    private static partial Regex SmallNumber();

    [GeneratedRegex(@"^(?:thang|tuan|quy|tw?thang|tuthang)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{1,3})+d?$|^(?:dong|d|vnd|trieu|ty|ngan|sach|xhh|nsnn|hoa)$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(?:xa|hoi|nha|nuoc|huyen|tinh|khong|phat|sinh|kinh|phi|chi|thuong|xuyen|long|ghep|nguon|cha|me|tai|tro)$")]
    private static partial Regex FundingWord();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex Year();

    // The join must hold a real period word or a dated number, not only "năm học" text wrapped at line ends.
    [GeneratedRegex(@"\d{1,2}/(?:19|20)\d{2}|\bthang\b|\bquy\b|\bhk|\bhe\b")]
    private static partial Regex Anchor();

    // Words that open a period and need a number after them.
    [GeneratedRegex(@"(?:^|\s)(?:thang|twthang|tuthang|quy|hk|tuan)$")]
    private static partial Regex OpenWords();
}
