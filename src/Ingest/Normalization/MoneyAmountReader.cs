namespace Analytics.Ingest.Normalization;

/// <summary>One amount read from a token stream: its span, its value (or range), and whether it was
/// written unmistakably as money (a unit, a currency word, or thousands separators).</summary>
internal sealed record MoneyAmount(
    int Start,
    int End,
    decimal? Value,
    decimal? Low,
    decimal? High,
    bool Explicit,
    bool Approximate,
    IReadOnlyList<string> Warnings);

/// <summary>Reads amounts such as "1 tỷ 200 triệu đồng", "15 tr.đ", "2.000.000 x 10", "50-100 triệu"
/// starting at a number token. Knows nothing of cells or prose; the callers decide what to accept.</summary>
internal static class MoneyAmountReader
{
    private const long Ty = 1_000_000_000, Trieu = 1_000_000, Nghin = 1_000;
    private const int MaxCount = 10_000;

    private static readonly HashSet<string> CurrencyWords = ["d", "dong", "vnd", "vnđ", "vn", "dongvn"];
    private static readonly HashSet<string> ApproximateWords = ["khoang", "tam", "uoc", "gan", "hon", "tren", "duoi", "chung", "xap"];
    // Words after which a bare number is a count, an index or a date, never money.
    private static readonly HashSet<string> NonMoneyBefore =
    [
        "chi", "tc", "chuan", "muc", "nam", "thang", "quy", "so", "lop", "khoi", "phong", "hk", "ky", "ki",
        "tuan", "ngay", "tiet", "diem", "hang", "lan", "dot", "buoi", "cap", "giai", "doan", "khu", "day", "tang",
    ];

    private static readonly HashSet<string> NotAUnitAfter = ["le", "so", "tap", "phu"];

    public static MoneyAmount? Read(IReadOnlyList<MoneyToken> tokens, ref int t)
    {
        var first = t;
        var warnings = new List<string>();
        var quantity = ReadQuantity(tokens, ref t, warnings);
        if (quantity is null) { t = first + 1; return null; }
        var (value, hasUnit, grouped, currency) = quantity.Value;
        var unit = hasUnit;

        // "05 bộ x 12 triệu đồng": a count of things times a unit price.
        if (hasUnit == 0 && !currency && !grouped && value is > 0 and <= MaxCount && value == decimal.Truncate(value.Value)
            && TimesAfterCount(tokens, t) is { } times)
        {
            var save = t;
            t = times + 1;
            var price = Read(tokens, ref t);
            if (price is { Explicit: true, Value: not null, High: null })
            {
                warnings.AddRange(price.Warnings);
                warnings.Add($"product computed: {value:0} x {price.Value:0}");
                return new MoneyAmount(tokens[first].Start, price.End, value * price.Value, null, null, true, price.Approximate, warnings);
            }
            t = save;
        }

        // "1 tỷ 200 triệu", "3 triệu 500 nghìn", "1 tỷ 2" (read as 1,2 tỷ).
        while (unit != 0 && t < tokens.Count && tokens[t].Kind == MoneyTokenKind.Number)
        {
            var save = t;
            var next = ReadQuantity(tokens, ref t, warnings);
            if (next is { } n && n.Unit != 0 && n.Unit < unit && value is not null && n.Value is not null)
            {
                value += n.Value;
                unit = n.Unit;
                currency |= n.Currency;
                continue;
            }
            var raw = tokens[save].Text;
            if (next is { Unit: 0, Currency: false } && raw.Length <= 3 && raw.All(char.IsAsciiDigit) && value is not null
                && !FollowedByWord(tokens, save + 1))
            {
                var fraction = decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture) / Pow10(raw.Length);
                value += fraction * unit;
                warnings.Add($"'{raw}' after the unit read as its decimal part (colloquial '1 tỷ 2' = 1,2 tỷ)");
                t = save + 1;
                break;
            }
            t = save;
            break;
        }

        decimal? low = null, high = null;
        // "2.000.000 x 10": a unit price times a quantity; the price may name its unit ("20.000.000 VNĐ/bộ x 3 bộ",
        // "35.000.000/lớp x 4 lớp").
        if (value is not null && PerUnitTimes(tokens, t) is { } perUnit) t = perUnit;
        if (t + 1 < tokens.Count && IsTimes(tokens[t]) && tokens[t + 1].Kind == MoneyTokenKind.Number && value is not null)
        {
            var factor = MoneyLexer.Interpret(tokens[t + 1].Text, 1, warnings);
            if (factor is > 0 and <= 1_000_000 && value <= 1_000_000_000_000_000m)
            {
                warnings.Add($"product computed: {value:0.##} x {factor:0.##}");
                value *= factor;
                t += 2;
                if (t < tokens.Count && tokens[t].Kind == MoneyTokenKind.Word && !IsUnitWord(tokens[t].Text)) t++;
            }
        }
        // "50-100 triệu", "từ 50 đến 100 triệu": a range; the first bound borrows the second's unit.
        else if (t + 1 < tokens.Count && IsRangeMark(tokens[t]) && tokens[t + 1].Kind == MoneyTokenKind.Number
                 && !LooksLikeYear(tokens[first]))
        {
            var save = t;
            t++;
            var upper = Read(tokens, ref t);
            if (upper is { Explicit: true, High: null, Value: not null } && value is not null)
            {
                var upperUnit = hasUnit == 0 && !grouped ? UnitOf(upper, tokens, save + 1) : 1;
                low = value * (upperUnit == 0 ? 1 : upperUnit);
                high = upper.Value;
                warnings.Add($"a range of amounts ({low:0} to {high:0} đồng); no single value taken");
                return new MoneyAmount(tokens[first].Start, upper.End, null, low, high, true, false, warnings);
            }
            t = save;
        }

        // "100 triệu + 50 triệu"
        while (t + 1 < tokens.Count && tokens[t].IsSymbol('+') && tokens[t + 1].Kind == MoneyTokenKind.Number && value is not null)
        {
            var save = t;
            t++;
            var more = Read(tokens, ref t);
            if (more is { Explicit: true, Value: not null })
            {
                value += more.Value;
                warnings.AddRange(more.Warnings);
                unit = Math.Max(unit, 1);
                continue;
            }
            t = save;
            break;
        }

        var approximate = first > 0 && tokens[first - 1].Kind == MoneyTokenKind.Word && ApproximateWords.Contains(tokens[first - 1].Text);
        if (approximate) warnings.Add($"approximate amount ('{tokens[first - 1].Text}')");
        var isExplicit = unit != 0 || currency || grouped;
        return new MoneyAmount(tokens[first].Start, tokens[t - 1].End, value, low, high, isExplicit, approximate, warnings);
    }

    /// <summary>True when a unit-less number at <paramref name="index"/> is plainly not money: a year, a
    /// criterion number, a date part, a percentage, a count of rooms.</summary>
    public static bool IsNonMoneyContext(string folded, IReadOnlyList<MoneyToken> tokens, int index, int endIndex)
    {
        var number = tokens[index];
        if (LooksLikeYear(number)) return true;
        // "Ng2", "KH-MNHM2", "120m2": a number glued to the letters before it is part of a name or unit.
        if (number.Start > 0 && char.IsLetter(folded[number.Start - 1])) return true;
        // "1. Báo cáo…", "2) Kế hoạch": a list number.
        if (index == 0 && endIndex + 1 < tokens.Count && (tokens[endIndex].IsSymbol('.') || tokens[endIndex].IsSymbol(')'))
            && tokens[endIndex + 1].Kind == MoneyTokenKind.Word) return true;
        if (index > 0)
        {
            var before = tokens[index - 1];
            if (before.IsSymbol('/') || before.IsSymbol('#')) return true;
            if (before.Kind == MoneyTokenKind.Word && NonMoneyBefore.Contains(before.Text)) return true;
        }
        if (endIndex < tokens.Count)
        {
            var after = tokens[endIndex];
            if (after.IsSymbol('/') || after.IsSymbol('%')) return true;
            if (after.Kind == MoneyTokenKind.Word && !IsUnitWord(after.Text) && after.Text != "x") return true;
        }
        return false;
    }

    private static bool LooksLikeYear(MoneyToken token) =>
        token.Text.Length == 4 && token.Text.All(char.IsAsciiDigit) && int.Parse(token.Text) is >= 1900 and <= 2100;

    private static long UnitOf(MoneyAmount upper, IReadOnlyList<MoneyToken> tokens, int upperIndex)
    {
        var word = upperIndex + 1 < tokens.Count ? tokens[upperIndex + 1] : default;
        return word.Kind == MoneyTokenKind.Word ? BigUnit(word.Text, attached: false) : 0;
    }

    private readonly record struct Quantity(decimal? Value, long Unit, bool Grouped, bool Currency);

    private static Quantity? ReadQuantity(IReadOnlyList<MoneyToken> tokens, ref int t, List<string> warnings)
    {
        var number = tokens[t];
        if (number.Kind != MoneyTokenKind.Number) return null;
        t++;
        long unit = 0;
        var currency = false;
        if (t < tokens.Count && tokens[t].Kind == MoneyTokenKind.Word)
        {
            var word = tokens[t].Text;
            var attached = tokens[t].Start == number.End;
            unit = BigUnit(word, attached);
            // "27/27 tỷ lệ 100%" is a ratio, "triệu tập" a summons: not units.
            if (unit != 0 && t + 1 < tokens.Count && tokens[t + 1].Kind == MoneyTokenKind.Word && NotAUnitAfter.Contains(tokens[t + 1].Text)) unit = 0;
            if (unit != 0)
            {
                t++;
                if (word == "trd") currency = true;
                // "tr.đ", "tr. đồng", "triệu đồng", "tỷ đ"
                if (word == "tr" && t < tokens.Count && tokens[t].IsSymbol('.')) t++;
                if (t < tokens.Count && tokens[t].Kind == MoneyTokenKind.Word && CurrencyWords.Contains(tokens[t].Text)) { t++; currency = true; }
            }
            else if (CurrencyWords.Contains(word))
            {
                t++;
                currency = true;
            }
        }
        var value = MoneyLexer.Interpret(number.Text, Math.Max(unit, 1), warnings);
        var grouped = value is not null && number.Text.Any(c => !char.IsAsciiDigit(c)) && value == decimal.Truncate(value.Value)
                      && unit == 0 && IsThousandsGrouping(number.Text);
        return new Quantity(value is null ? null : value * Math.Max(unit, 1), unit, grouped, currency);
    }

    private static bool IsThousandsGrouping(string raw)
    {
        var groups = raw.Split('.', ',', ' ');
        return groups.Length >= 2 && groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    private static long BigUnit(string word, bool attached) => word switch
    {
        "ty" or "ti" => Ty,
        "trieu" or "tr" or "trd" => Trieu,
        "nghin" or "ngan" => Nghin,
        "k" when attached => Nghin,
        _ => 0,
    };

    private static bool IsUnitWord(string word) => BigUnit(word, attached: true) != 0 || CurrencyWords.Contains(word);

    private static bool FollowedByWord(IReadOnlyList<MoneyToken> tokens, int t) =>
        t < tokens.Count && tokens[t].Kind == MoneyTokenKind.Word;

    /// <summary>The "x" after a count and at most two words naming the things counted ("05 bộ x"), when a
    /// number follows it.</summary>
    private static int? TimesAfterCount(IReadOnlyList<MoneyToken> tokens, int t)
    {
        for (var words = 0; t < tokens.Count && words <= 2; words++, t++)
        {
            if (IsTimes(tokens[t])) return t + 1 < tokens.Count && tokens[t + 1].Kind == MoneyTokenKind.Number ? t : null;
            if (tokens[t].Kind != MoneyTokenKind.Word || IsUnitWord(tokens[t].Text)) return null;
        }
        return null;
    }

    /// <summary>The "x" after a price's "/ unit" ("/bộ x", "/ 01 lớp x"): a slash, at most two words or one count
    /// and one word naming the unit, then the "x" and a number; null when the price is not followed so.</summary>
    private static int? PerUnitTimes(IReadOnlyList<MoneyToken> tokens, int t)
    {
        if (t >= tokens.Count || !tokens[t].IsSymbol('/')) return null;
        var at = t + 1;
        for (var words = 0; at < tokens.Count && words <= 2; words++, at++)
        {
            if (IsTimes(tokens[at])) return words > 0 && at + 1 < tokens.Count && tokens[at + 1].Kind == MoneyTokenKind.Number ? at : null;
            if (tokens[at].Kind == MoneyTokenKind.Number && words == 0) continue;
            if (tokens[at].Kind != MoneyTokenKind.Word || IsUnitWord(tokens[at].Text)) return null;
        }
        return null;
    }

    private static bool IsTimes(MoneyToken token) =>
        token.Is("x") || (token.Kind == MoneyTokenKind.Symbol && token.Text[0] is '×' or '*');

    private static bool IsRangeMark(MoneyToken token) =>
        token.Is("den") || token.Is("toi") || (token.Kind == MoneyTokenKind.Symbol && token.Text[0] is '-' or '–' or '—' or '~' or '÷');

    private static decimal Pow10(int n)
    {
        decimal p = 1;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }
}
