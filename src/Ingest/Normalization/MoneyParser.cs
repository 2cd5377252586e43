using System.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>Reads VND amounts the way Vietnamese plans write them ("3 tỷ đồng", "5,5 tỷ", "294.157.000đ",
/// "1 tỷ 200 triệu", "15 tr.đ", "Dự toán 250.000.000"), following the money rules of the record contract:
/// dot = thousands separator, comma = decimal mark before a unit, no amount → null budget.</summary>
public static partial class MoneyParser
{
    // Below this a unit-less number is not believable as đồng (a cell "50" under no header unit).
    private const long SmallestPlainAmount = 1_000;
    private const decimal LargestBelievable = 1_000_000_000_000m; // 1 000 tỷ for one plan item

    // Cells that state there is no money, so they are neither a budget nor a funding source.
    private static readonly HashSet<string> NothingWords =
    [
        "khong", "khong co", "0", "-", "--", "x", "k", "khong can", "khong phat sinh", "chua co",
        "khong co kinh phi", "khong ton kinh phi", "khong su dung kinh phi", "nil", "none",
    ];

    // Words that introduce an amount and are not a funding source.
    private static readonly string[] LeadWords =
    [
        "tong kinh phi", "tong cong", "tong so", "tong", "du toan kinh phi", "du toan", "du kien kinh phi", "du kien",
        "kinh phi du kien", "kinh phi", "uoc tinh", "khoang", "tam", "toi da", "toi thieu", "so tien", "gia tri",
        "tri gia", "uoc", "gan", "hon", "tren", "duoi", "tu", "muc",
    ];

    public static Budget? ParseBudget(string? cellText) => ParseDetailed(cellText).Budget;

    public static MoneyParse ParseDetailed(string? cellText) => ParseDetailed(cellText, MoneyOptions.Default);

    public static MoneyParse ParseDetailed(string? cellText, MoneyOptions options)
    {
        if (string.IsNullOrWhiteSpace(cellText)) return MoneyParse.Empty;
        var text = VietnameseFolding.Nfc(cellText);
        var folded = FoldedText.Fold(text);
        var tokens = MoneyLexer.Tokenize(folded);
        var warnings = new List<string>();
        var amounts = new List<MoneyAmount>();
        var weak = new List<MoneyAmount>();
        for (var t = 0; t < tokens.Count;)
        {
            if (tokens[t].Kind != MoneyTokenKind.Number) { t++; continue; }
            var start = t;
            var amount = MoneyAmountReader.Read(tokens, ref t);
            if (amount is null) continue;
            // Under "Kinh phí (triệu đồng)" a grouped number without unit word ("1.200") counts in the
            // header's unit, like a plain one ("450").
            if (amount.Explicit && options.DefaultUnit is > 1 && !HasUnitOrCurrency(tokens, start, t))
                amount = ApplyDefaultUnit(amount, options, warnings);
            if (amount.Explicit) amounts.Add(amount);
            else if (!MoneyAmountReader.IsNonMoneyContext(folded, tokens, start, t)) weak.Add(amount);
        }

        // A number without unit is taken only when it can be nothing else: it is large enough to be đồng,
        // a header gave the unit, or it stands alone in the cell ("50", "Dự toán 50").
        weak.RemoveAll(a => a.Value is null or 0
                            || (a.Value < SmallestPlainAmount && options.DefaultUnit is null && Funding(text, [a]) is not null));
        if (amounts.Count == 0 && weak.Count == 1) amounts.Add(ApplyDefaultUnit(weak[0], options, warnings));
        else if (amounts.Count == 0 && weak.Count > 1)
            warnings.Add("several unit-less numbers; none taken as the amount");

        amounts.RemoveAll(a => a.Value == 0 && a.High is null);
        if (amounts.Count == 0 && weak.Count == 0 && MoneyWords.Find(text) is { } spelt)
        {
            // "Ba trăm triệu đồng": an amount in words; the rest of the cell may name the source.
            var rest = text[..spelt.Start] + " " + text[spelt.End..];
            return new MoneyParse(new Budget(Whitespace.Collapse(text[spelt.Start..spelt.End]), spelt.Value), Source(StripUnitWords(StripLeads(rest))), warnings);
        }
        if (amounts.Count == 0) return new MoneyParse(null, Funding(text, []), warnings);

        foreach (var a in amounts) warnings.AddRange(a.Warnings);
        var spanStart = LeadStart(folded, amounts[0].Start);
        var spanEnd = amounts[^1].End;
        // "50 triệu/năm", "2.000.000.000 (hai tỷ đồng)": a rate's period and the amount restated in words belong
        // to the amount's text, not to its source.
        var written = WrittenEnd(text, spanEnd, amounts.Count == 1 ? amounts[0].Value : null);
        if (written > spanEnd)
        {
            amounts[^1] = amounts[^1] with { End = written };
            spanEnd = written;
        }
        var phrase = Whitespace.Collapse(text[spanStart..spanEnd]);
        var funding = Funding(text, amounts);

        if (amounts.Count == 1)
        {
            var only = amounts[0];
            // A range ("200–250 triệu đồng") is budgeted at its upper end: the most the item may cost.
            if (only is { Value: null, High: not null }) warnings.Add("a range of amounts; its upper end taken as the budget");
            var vnd = ToVnd(only.Value ?? only.High, warnings);
            return new MoneyParse(new Budget(phrase, vnd), funding, warnings, ToVnd(only.Low, warnings), ToVnd(only.High, warnings));
        }

        var values = amounts.Select(a => a.Value).ToList();
        if (values.All(v => v is not null) && MoneyBreakdown.IsLabelled(text, amounts))
        {
            warnings.Add("a budget broken down by label in one cell; its total taken");
            var whole = Whitespace.Collapse(text).Trim();
            // The labels name the parts (materials, labour, or the sources of each part), not one source of the whole.
            return new MoneyParse(new Budget(whole, ToVnd(MoneyBreakdown.Total([.. values.Select(v => v!.Value)]), warnings)), null, warnings);
        }
        // "20 triệu (ngân sách 15 triệu, XHH 5 triệu)": a total followed by its parts.
        if (values.All(v => v is not null))
        {
            var rest = values.Skip(1).Sum(v => v!.Value);
            if (values[0] == rest)
            {
                warnings.Add("a total followed by its parts; the total taken");
                return new MoneyParse(new Budget(phrase, ToVnd(values[0], warnings)), funding, warnings);
            }
            var sum = values.Sum(v => v!.Value);
            warnings.Add($"{amounts.Count} separate amounts in one cell; their sum taken");
            return new MoneyParse(new Budget(phrase, ToVnd(sum, warnings)), funding, warnings);
        }
        warnings.Add($"{amounts.Count} amounts in one cell, not all of them single values; no total taken");
        return new MoneyParse(new Budget(phrase, null), funding, warnings);
    }

    /// <summary>Amounts written inside running text, e.g. "được đầu tư 350 triệu đồng để xây…". Only
    /// unmistakable amounts count: with a unit or currency word, or with at least two thousands
    /// separators ("294.157.000"); years, dates, criterion numbers and counts are left alone.</summary>
    public static IReadOnlyList<MoneyMention> FindAmounts(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var tokens = MoneyLexer.Tokenize(FoldedText.Fold(text));
        var found = new List<MoneyMention>();
        for (var t = 0; t < tokens.Count;)
        {
            if (tokens[t].Kind != MoneyTokenKind.Number) { t++; continue; }
            var start = t;
            var amount = MoneyAmountReader.Read(tokens, ref t);
            if (amount is null || !amount.Explicit) continue;
            if (!HasUnitOrCurrency(tokens, start, t) && tokens[start].Text.Count(c => c is '.' or ',' or ' ') < 2) continue;
            if (amount.Value == 0) continue;
            var vnd = amount.Value is { } v && v <= long.MaxValue ? (long?)decimal.Round(v) : null;
            found.Add(new MoneyMention(amount.Start, amount.End - amount.Start, vnd, text[amount.Start..amount.End]));
        }
        return found;
    }

    /// <summary>The unit a line above a table states for its bare amounts ("Đơn vị tính: triệu đồng", "ĐVT kinh phí:
    /// nghìn đồng"), as its folded words; null when the line states none.</summary>
    public static string? UnitStatement(string line)
    {
        var folded = FoldedText.Fold(line);
        var at = new[] { "don vi tinh", "dvt" }.Select(w => folded.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        return at >= 0 && UnitFromHeader(folded[at..]) is not null ? folded[at..].Trim() : null;
    }

    /// <summary>The multiplier a column header announces: "Kinh phí (triệu đồng)" → 1 000 000,
    /// "Dự toán (nghìn đồng)" → 1 000, "(đồng)" → 1; null when the header names no unit.</summary>
    public static long? UnitFromHeader(string header)
    {
        var folded = " " + FoldedText.Fold(header) + " ";
        if (folded.Contains("ty dong") || folded.Contains("(ty") || folded.Contains(" ty)")) return 1_000_000_000;
        if (folded.Contains("trieu") || folded.Contains("tr.d") || folded.Contains("trd")) return 1_000_000;
        if (folded.Contains("nghin dong") || folded.Contains("ngan dong") || folded.Contains("1000d") || folded.Contains("1.000d")) return 1_000;
        if (folded.Contains("(dong)") || folded.Contains("(vnd)") || folded.Contains("don vi: dong") || folded.Contains("dvt: dong")) return 1;
        return null;
    }

    /// <summary>Where the words introducing the first amount begin ("Dự toán 250.000.000", "Khoảng 200
    /// triệu"): they belong to the amount phrase as written, not to the funding source.</summary>
    private static int LeadStart(string folded, int amountStart)
    {
        var start = amountStart;
        while (true)
        {
            var i = start;
            while (i > 0 && (folded[i - 1] == ' ' || folded[i - 1] == ':')) i--;
            var found = false;
            foreach (var lead in LeadWords)
            {
                var at = i - lead.Length;
                if (at < 0 || string.CompareOrdinal(folded, at, lead, 0, lead.Length) != 0) continue;
                if (at > 0 && char.IsLetterOrDigit(folded[at - 1])) continue;
                start = at;
                found = true;
                break;
            }
            if (!found) return start;
        }
    }

    private static MoneyAmount ApplyDefaultUnit(MoneyAmount amount, MoneyOptions options, List<string> warnings)
    {
        if (amount.Value is not { } value) return amount;
        if (options.DefaultUnit is { } unit && value * unit <= LargestBelievable)
            return amount with { Value = value * unit, Explicit = true };
        if (value < SmallestPlainAmount || value != decimal.Truncate(value))
        {
            warnings.Add($"a number without unit ({value}) is too small to be an amount in đồng; no value taken");
            return amount with { Value = null };
        }
        warnings.Add("amount written without a unit; read as đồng");
        return amount;
    }

    private static long? ToVnd(decimal? value, List<string> warnings)
    {
        if (value is not { } v) return null;
        if (v > LargestBelievable) warnings.Add($"amount {v:0} đồng is implausibly large for one plan item");
        if (v > long.MaxValue) return null;
        return (long)decimal.Round(v, MidpointRounding.AwayFromZero);
    }

    /// <summary>Where the written amount ends: after a rate's "/ period" ("/năm", "/tháng", "/ năm học"), and
    /// after a bracket restating the same amount in words ("(hai tỷ đồng)"); otherwise at <paramref name="end"/>.</summary>
    private static int WrittenEnd(string text, int end, decimal? value)
    {
        var rate = RatePeriod().Match(text, end);
        if (rate.Success && rate.Index == end) end += rate.Length;
        var bracket = BracketAfter().Match(text, end);
        if (bracket.Success && bracket.Index == end && value is { } v
            && MoneyWords.Find(bracket.Groups[1].Value) is { } words && words.Value == v)
            end += bracket.Length;
        return end;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*/\s*(?:năm học|học kỳ|năm|tháng|quý|tuần)(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RatePeriod();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*\(([^()]{3,80})\)")]
    private static partial System.Text.RegularExpressions.Regex BracketAfter();

    private static bool HasUnitOrCurrency(List<MoneyToken> tokens, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
            if (tokens[i].Kind == MoneyTokenKind.Word) return true;
        return false;
    }

    /// <summary>The cell without its amounts and without words that only introduce an amount. Words like
    /// "Kinh phí" are an amount's lead only before it: after the amount they start a source's name
    /// ("36 triệu đồng (Kinh phí chi thường xuyên)").</summary>
    private static string? Funding(string text, IReadOnlyList<MoneyAmount> amounts)
    {
        if (amounts.Count == 0) return Source(StripLeads(text));
        var before = StripLeads(text[..amounts[0].Start]);
        var after = new StringBuilder(text.Length);
        var at = amounts[0].End;
        foreach (var a in amounts.Skip(1))
        {
            after.Append(text, at, a.Start - at).Append(' ');
            at = a.End;
        }
        after.Append(text, at, text.Length - at);
        return Source(before + " " + StripUnitWords(after.ToString()));
    }

    private static string StripUnitWords(string text)
    {
        var rest = text.Replace("()", " ").Replace("( )", " ");
        while (true)
        {
            rest = Whitespace.Collapse(rest).Trim(' ', ',', ';', ':', '-', '–', '.', '/', '+', '*', '\u2022');
            var folded = FoldedText.Fold(rest);
            if (SourceLead(folded, rest) is { } lead) { rest = rest[lead..]; continue; }
            if (StartsWithFrom(rest)) { rest = rest[2..]; continue; }
            if (!(folded.StartsWith("dong", StringComparison.Ordinal) && (folded.Length == 4 || !char.IsLetter(folded[4])))) return rest;
            rest = rest[4..];
        }
    }

    /// <summary>Words that introduce the source written after an amount ("… từ ngân sách huyện",
    /// "…, nguồn kinh phí chi thường xuyên", "…; nguồn: xã hội hóa", "Nguồn kinh phí: …"): the length to cut.</summary>
    private static int? SourceLead(string folded, string text)
    {
        foreach (var lead in (string[])["nguon kinh phi", "nguon von", "nguon"])
        {
            if (!StartsWithWord(folded, lead)) continue;
            var after = folded[lead.Length..].TrimStart();
            if (after.StartsWith(':')) return lead.Length;
            // "nguồn kinh phí chi thường xuyên": the bare "nguồn" is the label; "Nguồn điều tiết" is a name.
            if (lead == "nguon" && StartsWithWord(after, "kinh phi")) return lead.Length;
            // "12 triệu đồng, nguồn xã hội hóa": a lower-case "nguồn" before words labels them.
            if (lead == "nguon" && char.IsLower(text[0]) && after.Length > 0 && char.IsLetter(after[0])) return lead.Length;
        }
        return null;
    }

    /// <summary>"từ" (from) before a source; not "tự" or "tư" ("Tự túc", "tư nhân"), which fold alike.</summary>
    private static bool StartsWithFrom(string text) =>
        text.Length > 3 && text.StartsWith("từ", StringComparison.OrdinalIgnoreCase) && !char.IsLetter(text[2]);

    private static bool StartsWithWord(string folded, string word) =>
        folded.StartsWith(word, StringComparison.Ordinal) && (folded.Length == word.Length || !char.IsLetterOrDigit(folded[word.Length]));

    private static string StripLeads(string text)
    {
        var rest = Whitespace.Collapse(text);
        rest = rest.Replace("()", " ").Replace("( )", " ");
        rest = Whitespace.Collapse(rest);
        bool changed;
        do
        {
            changed = false;
            rest = rest.Trim(' ', ',', ';', ':', '-', '–', '.', '/', '+', '(', ')', '*', '\u2022');
            var folded = FoldedText.Fold(rest);
            foreach (var lead in LeadWords)
            {
                if (folded.StartsWith(lead, StringComparison.Ordinal) && (folded.Length == lead.Length || !char.IsLetter(folded[lead.Length])))
                {
                    rest = rest[lead.Length..];
                    changed = true;
                    break;
                }
            }
            if (folded.StartsWith("dong", StringComparison.Ordinal) && (folded.Length == 4 || !char.IsLetter(folded[4])))
            {
                rest = rest[4..];
                changed = true;
            }
        } while (changed && rest.Length > 0);
        return rest;
    }

    private static string? Source(string text)
    {
        var rest = Whitespace.Collapse(text.Replace("()", " ").Replace("( )", " ")).Trim(' ', ',', ';', ':', '-', '–', '.', '/', '+', '*', '\u2022');
        // Brackets around the whole remainder: "(Ngân sách huyện)".
        if (rest.StartsWith('(') && rest.EndsWith(')') && rest.Count(c => c == '(') == 1) rest = rest[1..^1].Trim();
        if (rest.Length == 0 || !rest.Any(char.IsLetter)) return null;
        // Unbalanced leftovers of "20 triệu (ngân sách)" lose their lone bracket.
        if (rest.Count(c => c == '(') != rest.Count(c => c == ')')) rest = rest.Replace("(", "").Replace(")", "").Trim();
        return StatesNoSource(rest) ? null : rest;
    }

    // Cells that say how the cost is handled, not who pays: "Lồng ghép" (folded into other activities),
    // "Theo dự toán được duyệt", "Theo thực tế".
    private static readonly string[] NoSourceOpenings = ["long ghep", "theo du toan", "theo thuc te", "theo ke hoach"];

    /// <summary>"Không", "Không phát sinh kinh phí", "Lồng ghép", "Theo dự toán được duyệt": statements that
    /// nothing is spent or that the cost is not settled, never a funding source.</summary>
    internal static bool StatesNoSource(string text)
    {
        var key = FoldedText.Fold(Whitespace.Collapse(text)).Trim('.', ' ', ';', ',');
        return NothingWords.Contains(key) || key.StartsWith("khong ", StringComparison.Ordinal)
               || NoSourceOpenings.Any(o => key.StartsWith(o, StringComparison.Ordinal) && (key.Length == o.Length || !char.IsLetter(key[o.Length])));
    }

}
