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

    /// <summary>A line this short is one wrapped cell.</summary>
    private const int ShortLine = 30;

    /// <summary>Header words as the English model would give them; the parser's header vocabulary folds them.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Tieu chi", "Ket qua can dat", "Thoi gian", "Kinh phi"];

    public static IReadOnlyList<string> Of(OcrRow row)
    {
        var lines = row.Lines.Select(Clean).Where(l => l.Length > 0).ToList();
        var text = string.Join(" ", lines);
        return [row.Code, text, Timeline(lines, text), Budget(text)];
    }

    private static string Clean(string line) => Junk().Replace(line, " ").Trim();

    private static string Timeline(List<string> lines, string text)
    {
        var phrases = new List<string>();
        var quarterPending = false;
        foreach (var line in lines)
        {
            var folded = FoldedText.Fold(line);
            var money = MoneyParser.FindAmounts(line);
            foreach (var mention in TimelinePatterns.Find(line, folded))
            {
                if (mention.Position < line.Length * TimelineColumn && line.Length >= ShortLine) continue;
                if (money.Any(m => mention.Position < m.Start + m.Length && m.Start < mention.Position + mention.Length)) continue;
                var phrase = line.Substring(mention.Position, mention.Length);
                phrases.Add(quarterPending ? Quarter(phrase) : phrase);
                quarterPending = false;
            }
            quarterPending |= BareQuarter().IsMatch(folded);
        }
        if (phrases.Count > 0) return string.Join(" ", phrases);
        return Recurring().Match(FoldedText.Fold(text)) is { Success: true } recurring ? text.Substring(recurring.Index, recurring.Length) : "";
    }

    /// <summary>"Quý" left alone at a cell's line end and its number on the next line, where the English model
    /// reads the Roman numeral as digits: "Quy" + "11/2024" is "Quy II/2024", "1/2025" is "Quy I/2025".</summary>
    private static string Quarter(string phrase) =>
        QuarterDigits().Match(phrase) is { Success: true } m ? $"Quy {new string('I', m.Groups["n"].Length)}/{m.Groups["y"].Value}" : phrase;

    /// <summary>The row's first amount, written out in đồng so no column unit applies to it again. The English
    /// model reads "đ" after an amount as "d" or "4" ("120.000.0004"); that letter is the currency.</summary>
    private static string Budget(string text)
    {
        var money = FundingWord().Replace(DongMark().Replace(text, "${n} dong"), "NS");
        var amount = MoneyParser.FindAmounts(money).FirstOrDefault(m => m.Vnd is >= 100_000);
        return amount?.Vnd is { } vnd ? vnd.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " dong" : "";
    }

    [GeneratedRegex(@"\bquy\b(?!\s*(?:iv|v?i{1,3}|[1-4])\b)")]
    private static partial Regex BareQuarter();

    [GeneratedRegex(@"^(?<n>[1lI]{1,3})\s*/\s*(?<y>(?:19|20)\d{2})$")]
    private static partial Regex QuarterDigits();

    [GeneratedRegex(@"(?<n>\b\d{1,3}(?:\.\d{3})+)[4d]\b")]
    private static partial Regex DongMark();

    // "Ngân sách" after an amount, unaccented, reads as "ngàn" (thousand): "294.157.000 Ngan sach" is not 294 billion.
    [GeneratedRegex(@"\b[Nn][Gg][AaÂâ][Nn](?=\s+[Ss]\S{0,2}[Cc][Hh])")]
    private static partial Regex FundingWord();

    [GeneratedRegex(@"[|_]+")]
    private static partial Regex Junk();

    [GeneratedRegex(@"\b(?:ca\s*nam\s*hoc|hang\s*thang|hang\s*tuan|hang\s*ky|dinh\s*ky)\b")]
    private static partial Regex Recurring();
}
