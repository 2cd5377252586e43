using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>The timeline cell of an item row rebuilt from OCR lines: the row's dated phrases. They count when they
/// stand in the right part of a line (the timeline column) or on a short line (a wrapped timeline cell), so a year
/// inside the target text ("… năm 2025") is not taken for the timeline; pieces the cell edge cut apart ("Quy" /
/// "11/2024", "Nam hoc 2024-" / "2025", "11/2024 đến" … "01/2025", "tháng 8 đến" / "tháng 12 năm" / "2025") are
/// put together again.</summary>
internal static partial class OcrTimelineCell
{
    /// <summary>Where the timeline column starts, as a share of a row line's length.</summary>
    private const double TimelineColumn = 0.3;

    /// <summary>How many of a row's first lines can hold its timeline cell (a cell wraps onto two or three lines).</summary>
    private const int TopLines = 3;


    /// <summary>A line this short is one wrapped cell.</summary>
    private const int ShortLine = 30;

    private static readonly string[] Romans = ["I", "II", "III", "IV"];

    public static string Of(List<string> lines, string text) => Prefer(ByPhrase(lines, text), OcrTimelineTail.Of(lines));

    /// <summary>The period the line ends give (<see cref="OcrTimelineTail"/>) only when the dated phrases found
    /// nothing: a fallback, since a row's wrapped target text may end its lines with time words too, and a period
    /// without its year ("HK II") is the plan's own way of writing it.</summary>
    private static string Prefer(string byPhrase, string tail) => byPhrase.Length > 0 ? byPhrase : tail;

    private static string ByPhrase(List<string> lines, string text)
    {
        lines = JoinWrappedYears([.. lines]);
        var phrases = new List<(string Text, bool YearOnly)>();
        var quarterPending = false;
        // "Năm học" left at a cell's line end with its years on the next line ("Nam hoc 35.000 …" / "2025-2026").
        var schoolYearPending = false;
        // A range left open at a cell's line end ("11/2024 dén" … "01/2025"): its end may wrap below the top lines.
        var rangeOpen = false;
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var folded = FoldedText.Fold(line);
            var money = MoneyParser.FindAmounts(line);
            var isShort = line.Length < ShortLine;
            foreach (var mention in TimelinePatterns.Find(line, folded))
            {
                // The timeline cell is top-aligned: long lines further down are the target's and actions' wrapped text.
                if (!isShort && ((l >= TopLines && !rangeOpen) || mention.Position < line.Length * TimelineColumn)) continue;
                // "12/2023 | dong sach" joined reads "2023 dong": only a real amount hides a date.
                if (money.Any(m => m.Vnd >= OcrTableLines.MinAmount && mention.Position < m.Start + m.Length && m.Start < mention.Position + mention.Length)) continue;
                if (TeamWord().IsMatch(line.AsSpan(mention.Position, mention.Length))) continue;
                if (Circular().IsMatch(folded[(mention.Position + mention.Length)..])) continue;
                if (ProgramName().IsMatch(l > 0 ? $"{FoldedText.Fold(lines[l - 1])} {folded[..mention.Position]}" : folded[..mention.Position])) continue;
                var phrase = line.Substring(mention.Position, mention.Length);
                var schoolYear = schoolYearPending && mention.Kind is TimelineMentionKind.YearPair;
                phrases.Add((quarterPending ? Quarter(phrase) : schoolYear ? "Nam hoc " + phrase : phrase,
                    !schoolYear && mention.Kind is TimelineMentionKind.Year or TimelineMentionKind.YearPair));
                quarterPending = schoolYearPending = false;
                rangeOpen = OpenRange().IsMatch(folded[(mention.Position + mention.Length)..]);
            }
            quarterPending |= BareQuarter().IsMatch(folded);
            schoolYearPending |= BareSchoolYear().IsMatch(folded);
        }
        // A dated phrase ("Quý II/2025", "Hè 2026") says more than a bare year that came with the wrapped text.
        if (phrases.Any(p => !p.YearOnly)) return WithWrappedYear(phrases);
        if (phrases.Count > 0) return string.Join(" ", phrases.Select(p => p.Text));
        return RecurringPhrase(lines, text);
    }

    /// <summary>A recurring period ("Thường xuyên", "Hằng tháng", "Cả năm học"), written out with its spaces (the
    /// model runs the words together: "Canamhoc"), or its two words when the narrow cell wrapped the second onto
    /// the next line ("Thuong" … / "xuyén …", "Hang |" / "thang").</summary>
    private static string RecurringPhrase(List<string> lines, string text)
    {
        if (Recurring().Match(FoldedText.Fold(text)) is { Success: true } recurring)
        {
            var spaced = Spaced().Replace(recurring.Value, "$1 ");
            // "Cả năm" whose "học" wrapped into another cell's words is the school year all the same.
            return WholeYear().IsMatch(spaced) ? "ca nam hoc" : spaced;
        }
        for (var l = 0; l + 1 < lines.Count && l < TopLines; l++)
        {
            var folded = FoldedText.Fold(lines[l]);
            foreach (Match first in FirstWord().Matches(folded))
            {
                if (first.Index < folded.Length * TimelineColumn) continue;
                var second = first.Value == "thuong" ? "xuyen" : first.Value == "dinh" ? "ky" : "thang|tuan|nam|ky";
                if (Regex.Match(FoldedText.Fold(lines[l + 1]), $@"\b(?:{second})\b") is { Success: true } rest) return $"{first.Value} {rest.Value}";
            }
        }
        return "";
    }

    /// <summary>A school year cut at its dash by the cell edge ("Nam hoc 2024-" over "2025"): the second year moved
    /// up beside the first, so the pair reads as one period.</summary>
    private static List<string> JoinWrappedYears(List<string> lines)
    {
        for (var l = 0; l + 1 < lines.Count; l++)
        {
            if (OpenYear().Match(lines[l]) is not { Success: true } open) continue;
            if (LoneYear().Match(lines[l + 1]) is not { Success: true } second) continue;
            lines[l] = lines[l].Insert(open.Index + open.Length, second.Value);
            lines[l + 1] = lines[l + 1].Remove(second.Index, second.Length);
        }
        return lines;
    }

    /// <summary>The dated phrases, bare years left out; but months or a summer written without their year ("Từ tháng 8
    /// đến" / "tháng 12 năm" / "2025", "Hè" / "2025": the year wrapped onto a line of its own) take the bare year that
    /// follows them.</summary>
    private static string WithWrappedYear(List<(string Text, bool YearOnly)> phrases)
    {
        var dated = phrases.Where(p => !p.YearOnly).Select(p => p.Text).ToList();
        var lastDated = phrases.FindLastIndex(p => !p.YearOnly);
        var year = phrases.Skip(lastDated + 1).FirstOrDefault(p => p.YearOnly).Text;
        if (year is null || !dated.All(d => Yearless().IsMatch(FoldedText.Fold(d))) || !FourDigits().IsMatch(year)) return string.Join(" ", dated);
        return $"{string.Join(" den ", dated)} nam {FourDigits().Match(year).Value}";
    }

    /// <summary>"Quý" left alone at a cell's line end and its number on the next line, where the English model
    /// reads the Roman numeral as digits: "Quy" + "11/2024" is "Quy II/2024", "1/2025" is "Quy I/2025".</summary>
    private static string Quarter(string phrase)
    {
        if (QuarterDigits().Match(phrase) is not { Success: true } m) return phrase;
        var n = m.Groups["n"].Value;
        var quarter = char.IsAsciiDigit(n[0]) && n[0] != '1' ? n[0] - '0' : n.Length;
        return $"Quy {Romans[quarter - 1]}/{m.Groups["y"].Value}";
    }

    [GeneratedRegex(@"\bnam\s*hoc\b(?!\s*(?:19|20)\d{2})")]
    private static partial Regex BareSchoolYear();

    [GeneratedRegex(@"(ca|nam|hang|dinh|thuong)\s*(?=nam|hoc|thang|tuan|ky|xuyen)")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"\bquy\b(?!\s*(?:iv|v?i{1,3}|[1-4])\b)")]
    private static partial Regex BareQuarter();

    [GeneratedRegex(@"^(?<n>[1lI]{1,3}|[2-4])\s*/\s*(?<y>(?:19|20)\d{2})$")]
    private static partial Regex QuarterDigits();

    // "t6" alone is the model's "tổ" (a team), not "T6" for June.
    [GeneratedRegex(@"^[Tt]\d{1,2}$")]
    private static partial Regex TeamWord();

    // "14/2020/TT-BGDĐT": a circular's number, not a date.
    [GeneratedRegex(@"^\s*/\s*(?:tt|nd|qd|kh)\b")]
    private static partial Regex Circular();

    [GeneratedRegex(@"^\s*(?:den|-|–)\s*(?:$|[a-z])")]
    private static partial Regex OpenRange();

    // "2024-" left at a cell's edge, its second year on the next line.
    [GeneratedRegex(@"(?<![\d/.])(?:19|20)\d{2}\s?[-–](?!\s*\d)")]
    private static partial Regex OpenYear();

    [GeneratedRegex(@"(?<![\d/.,-])(?:19|20)\d{2}(?![\d/.,-])")]
    private static partial Regex LoneYear();

    // "Chương trình giáo dục phổ thông 2018" (read "phé thong"): a programme's name, not a date.
    [GeneratedRegex(@"(?:chuong\s*trinh|ph\w\s*thong|gdpt)\s*$")]
    private static partial Regex ProgramName();

    // Phrases that name a month or the summer without its year.
    [GeneratedRegex(@"^(?:thang\s*\d{1,2}|he)$")]
    private static partial Regex Yearless();

    // The first word of a recurring period left alone at the end of a line's cell (not "chi thường xuyên", the
    // regular-spending fund).
    [GeneratedRegex(@"(?<!chi\s)\b(?:thuong|hang|dinh)(?=\s*(?:\||$|\s\S+\s*$|\s\S+\s+\S+\s*$))")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^ca\s*nam$")]
    private static partial Regex WholeYear();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"\b(?:ca\s*nam(?:\s*hoc)?|hang\s*thang|hang\s*tuan|hang\s*ky|hang\s*nam|dinh\s*ky|(?<!chi\s)thuong\s*xuyen)\b")]
    private static partial Regex Recurring();
}
