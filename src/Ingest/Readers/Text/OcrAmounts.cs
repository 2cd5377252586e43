using System.Text.RegularExpressions;
using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Amounts as the English model leaves them in a table row's lines, put back together before the row's
/// budget is read: a narrow budget cell wraps "18.500.000" as "18.500." over "000" and "320.000.000đ" as "320.000"
/// over ".000d" (the rest of the cell sits at the same place on the next line, among the other cells' words), and
/// the unit word loses its letters ("4,5 trigu", "12 trigud6ng" for "triệu đồng").</summary>
internal static partial class OcrAmounts
{

    /// <summary>The row's first amount, written out in đồng so no column unit applies to it again. The English
    /// model reads "đ" after an amount as "d" or "4" ("120.000.0004"); that letter is the currency.</summary>
    public static string Budget(IReadOnlyList<string> lines)
    {
        var money = Total().Replace(TeleVision().Replace(FundingWord().Replace(DongMark().Replace(Repair(lines), "${n} dong"), "NS"), "tivi"), "");
        var amount = MoneyParser.FindAmounts(money).FirstOrDefault(m => m.Vnd >= OcrTableLines.MinAmount);
        return amount?.Vnd is { } vnd ? vnd.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " dong" : "";
    }

    /// <summary>The row's lines as one folded text, wrapped amounts joined and garbled units read.</summary>
    private static string Repair(IReadOnlyList<string> lines)
    {
        var repaired = lines.Select(FoldedText.Fold).ToArray();
        for (var l = 0; l + 1 < repaired.Length; l++)
        {
            JoinWrapped(repaired, l);
            JoinCutGroup(repaired, l);
            JoinWrappedMillions(repaired, l);
        }
        return Million().Replace(string.Join(" ", repaired), "${n} trieu dong");
    }

    /// <summary>Joins the first amount on line <paramref name="l"/> whose rest opens the next line's cell there.</summary>
    private static void JoinWrapped(string[] lines, int l)
    {
        foreach (Match head in Head().Matches(lines[l]))
        {
            var tail = (head.Groups["dot"].Success ? Tail() : DotTail()).Match(lines[l + 1]);
            if (!tail.Success) continue;
            var digits = head.Groups["dot"].Success ? "." + tail.Groups["d"].Value : tail.Groups["d"].Value;
            lines[l] = $"{lines[l][..head.Index]}{head.Groups["n"].Value}{digits} dong{lines[l][(head.Index + head.Length)..]}";
            lines[l + 1] = lines[l + 1].Remove(tail.Index, tail.Length);
            return;
        }
    }

    /// <summary>Joins an amount cut inside its last group ("120.000.00" over "0 VND", "800.000.0" over "00d"): the
    /// next line's first one or two digits before a currency mark complete the group, or its zeros alone at the
    /// line's end ("780.000.0" over "… Quý 00": a budget cell is the line's last, and an amount ends in zeros).</summary>
    private static void JoinCutGroup(string[] lines, int l)
    {
        foreach (Match head in CutHead().Matches(lines[l]))
        {
            var missing = 3 - head.Groups["p"].Length;
            var tail = CutTail().Matches(lines[l + 1]).Concat(ZeroTail().Matches(lines[l + 1])).FirstOrDefault(t => t.Groups["d"].Length == missing);
            if (tail is null) continue;
            lines[l] = $"{lines[l][..head.Index]}{head.Value}{tail.Groups["d"].Value} dong{lines[l][(head.Index + head.Length)..]}";
            lines[l + 1] = lines[l + 1].Remove(tail.Index, tail.Length);
            return;
        }
    }

    /// <summary>Joins "1 ty 500" at a cell's line end with the "triệu" that wrapped onto the next line ("1 tỷ 500" /
    /// "triệu đồng"), which alone is not an amount.</summary>
    private static void JoinWrappedMillions(string[] lines, int l)
    {
        var head = Billions().Match(lines[l]);
        if (!head.Success) return;
        var next = lines[l + 1];
        var tail = MillionWord().Matches(next).FirstOrDefault(w => !NumberBefore().IsMatch(next[..w.Index]));
        if (tail is null) return;
        lines[l] = lines[l].Insert(head.Index + head.Length, " trieu");
        lines[l + 1] = next.Remove(tail.Index, tail.Length);
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:\.\d{3})+\.(?<p>\d{1,2})(?=\s|\||$)")]
    private static partial Regex CutHead();

    [GeneratedRegex(@"(?<![\w.,/-])(?<d>\d{1,2})(?:d\b|(?=\s*(?:d|dong|d\w{1,3}ng|vnd)\b))")]
    private static partial Regex CutTail();

    [GeneratedRegex(@"(?<![\w.,/-])(?<d>0{1,2})(?=\s*$)")]
    private static partial Regex ZeroTail();

    // "1 ty 500" not followed by its unit on the same line.
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{1,2})?\s?ty\s+\d{1,3}(?![\d.,]|\s*tri[a-z]?u\b)")]
    private static partial Regex Billions();

    [GeneratedRegex(@"\btri[a-z]?u\b")]
    private static partial Regex MillionWord();

    // A number of its own right before "triệu" (a year there is another cell's: "2025 triệu" is "2025" / "triệu").
    [GeneratedRegex(@"(?<!\d)(?!(?:19|20)\d{2}\s*$)\d[\d.,]*\s*$")]
    private static partial Regex NumberBefore();

    // "18.500." (a cell cut after a separator) or "320.000" whose ".000" went to the next line.
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:\.\d{3})+)(?<dot>\.)?(?=\s|\||$)")]
    private static partial Regex Head();

    [GeneratedRegex(@"(?<![\w.,/-])(?<d>\d{3}(?:\.\d{3})*)d?(?![\w.,/-])")]
    private static partial Regex Tail();

    [GeneratedRegex(@"(?<![\w.,])(?<d>\.\d{3}(?:\.\d{3})*)[d4]?(?![\w.,])")]
    private static partial Regex DotTail();

    // "triệu" read as "trigu", "tricu", "trieu", with "đồng" stuck to it ("trigud6ng").
    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s?tri[a-z]?u(?:\s?d[a-z0-9]{1,3}ng)?\b")]
    private static partial Regex Million();

    [GeneratedRegex(@"(?<n>\b\d{1,3}(?:\.\d{3})+)[4d]\b")]
    private static partial Regex DongMark();

    // "Ngân sách" after an amount, unaccented, reads as "ngàn" (thousand): "294.157.000 Ngan sach" is not 294 billion.
    [GeneratedRegex(@"\b[Nn][Gg][AaÂâ][Nn](?=\s+[Ss]\S{0,2}[Cc][Hh])")]
    private static partial Regex FundingWord();

    // "15 ti vi" is fifteen television sets, not 15 tỷ.
    [GeneratedRegex(@"\b[Tt][Ii]\s+[Vv][Ii]\b")]
    private static partial Regex TeleVision();

    // A table's total ("Tổng cộng 1.515.000.000 đồng") on the last row's lines is no row's budget.
    [GeneratedRegex(@"\btong\s*(?:cong|so\s*tien|kinh\s*phi)\W{0,3}\d[\d., ]*")]
    private static partial Regex Total();
}
