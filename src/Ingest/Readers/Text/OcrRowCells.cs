using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>The cells of an item row rebuilt from OCR lines whose cell borders are lost: the criterion code, all the
/// row's words (target and actions), the row's dated phrases and its first amount. Dated phrases count when they
/// stand in the right part of a line (the timeline column) or on a short line (a wrapped timeline cell), so a year
/// inside the target text ("… năm 2025") is not taken for the timeline.</summary>
internal static partial class OcrRowCells
{
    /// <summary>Where the timeline column starts, as a share of a row line's length.</summary>
    private const double TimelineColumn = 0.3;

    /// <summary>How many of a row's first lines can hold its timeline cell (a cell wraps onto two or three lines).</summary>
    private const int TopLines = 3;

    /// <summary>Below this a number with "đồng" after it is a year or a count the joined cells put there.</summary>
    private const long MinAmount = 100_000;

    /// <summary>A line this short is one wrapped cell.</summary>
    private const int ShortLine = 30;

    /// <summary>Header words as the English model would give them; the parser's header vocabulary folds them.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Tieu chi", "Ket qua can dat", "Thoi gian", "Kinh phi"];

    public static IReadOnlyList<string> Of(OcrRow row)
    {
        var lines = row.Lines.Select(Clean).Where(l => l.Length > 0).ToList();
        var text = string.Join(" ", lines);
        return [row.Code, text, Timeline(lines, text), Budget(OcrAmounts.Repair(lines))];
    }

    /// <summary>The line without the model's cell marks, a quarter's numeral made whole again ("Quy I'V/2025") and
    /// read as the Roman numeral the model took for digits ("Quy 11/2025" is "Quy II/2025").</summary>
    private static string Clean(string line)
    {
        return Ocr.Cells.QuarterNumeral.Mend(Junk().Replace(line, " ")).Trim();
    }

    private static string Timeline(List<string> lines, string text)
    {
        var phrases = new List<(string Text, bool YearOnly)>();
        var quarterPending = false;
        // "Năm học" left at a cell's line end with its years on the next line ("Nam hoc 35.000 …" / "2025-2026").
        var schoolYearPending = false;
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var folded = FoldedText.Fold(line);
            var money = MoneyParser.FindAmounts(line);
            var isShort = line.Length < ShortLine;
            foreach (var mention in TimelinePatterns.Find(line, folded))
            {
                // The timeline cell is top-aligned: long lines further down are the target's and actions' wrapped text.
                if (!isShort && (l >= TopLines || mention.Position < line.Length * TimelineColumn)) continue;
                // "12/2023 | dong sach" joined reads "2023 dong": only a real amount hides a date.
                if (money.Any(m => m.Vnd >= MinAmount && mention.Position < m.Start + m.Length && m.Start < mention.Position + mention.Length)) continue;
                if (TeamWord().IsMatch(line.AsSpan(mention.Position, mention.Length))) continue;
                if (Circular().IsMatch(folded[(mention.Position + mention.Length)..])) continue;
                var phrase = line.Substring(mention.Position, mention.Length);
                var schoolYear = schoolYearPending && mention.Kind is TimelineMentionKind.YearPair;
                phrases.Add((quarterPending ? Quarter(phrase) : schoolYear ? "Nam hoc " + phrase : phrase,
                    !schoolYear && mention.Kind is TimelineMentionKind.Year or TimelineMentionKind.YearPair));
                quarterPending = schoolYearPending = false;
            }
            quarterPending |= BareQuarter().IsMatch(folded);
            schoolYearPending |= BareSchoolYear().IsMatch(folded);
        }
        // A dated phrase ("Quý II/2025", "Hè 2026") says more than a bare year that came with the wrapped text.
        if (phrases.Any(p => !p.YearOnly)) phrases.RemoveAll(p => p.YearOnly);
        if (phrases.Count > 0) return string.Join(" ", phrases.Select(p => p.Text));
        // Written out with its spaces: the model runs the words together ("Canamhoc").
        return Recurring().Match(FoldedText.Fold(text)) is { Success: true } recurring ? Spaced().Replace(recurring.Value, "$1 ") : "";
    }

    /// <summary>"Quý" left alone at a cell's line end and its number on the next line, where the English model
    /// reads the Roman numeral as digits: "Quy" + "11/2024" is "Quy II/2024", "1/2025" is "Quy 1/2025".</summary>
    private static string Quarter(string phrase) =>
        QuarterDigits().IsMatch(phrase) ? Ocr.Cells.QuarterNumeral.Mend("Quy " + phrase) : phrase;

    /// <summary>The row's first amount, written out in đồng so no column unit applies to it again. The English
    /// model reads "đ" after an amount as "d" or "4" ("120.000.0004"); that letter is the currency.</summary>
    private static string Budget(string text)
    {
        var money = TeleVision().Replace(FundingWord().Replace(DongMark().Replace(text, "${n} dong"), "NS"), "tivi");
        var amount = MoneyParser.FindAmounts(money).FirstOrDefault(m => m.Vnd >= MinAmount);
        return amount?.Vnd is { } vnd ? vnd.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " dong" : "";
    }

    [GeneratedRegex(@"\bnam\s*hoc\b(?!\s*(?:19|20)\d{2})")]
    private static partial Regex BareSchoolYear();

    [GeneratedRegex(@"(ca|nam|hang|dinh|thuong)\s*(?=nam|hoc|thang|tuan|ky|xuyen)")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"\bquy\b(?!\s*(?:iv|v?i{1,3}|[1-4])\b)")]
    private static partial Regex BareQuarter();

    [GeneratedRegex(@"^(?<n>[1lI]{1,3})\s*/\s*(?<y>(?:19|20)\d{2})$")]
    private static partial Regex QuarterDigits();

    [GeneratedRegex(@"(?<n>\b\d{1,3}(?:\.\d{3})+)[4d]\b")]
    private static partial Regex DongMark();

    // "Ngân sách" after an amount, unaccented, reads as "ngàn" (thousand): "294.157.000 Ngan sach" is not 294 billion.
    [GeneratedRegex(@"\b[Nn][Gg][AaÂâ][Nn](?=\s+[Ss]\S{0,2}[Cc][Hh])")]
    private static partial Regex FundingWord();

    // "t6" alone is the model's "tổ" (a team), not "T6" for June.
    [GeneratedRegex(@"^[Tt]\d{1,2}$")]
    private static partial Regex TeamWord();

    // "15 ti vi" is fifteen television sets, not 15 tỷ.
    [GeneratedRegex(@"\b[Tt][Ii]\s+[Vv][Ii]\b")]
    private static partial Regex TeleVision();

    // "14/2020/TT-BGDĐT": a circular's number, not a date.
    [GeneratedRegex(@"^\s*/\s*(?:tt|nd|qd|kh)\b")]
    private static partial Regex Circular();

    [GeneratedRegex(@"[|_]+")]
    private static partial Regex Junk();

    [GeneratedRegex(@"\b(?:ca\s*nam\s*hoc|hang\s*thang|hang\s*tuan|hang\s*ky|hang\s*nam|dinh\s*ky|(?<!chi\s)thuong\s*xuyen)\b")]
    private static partial Regex Recurring();
}
