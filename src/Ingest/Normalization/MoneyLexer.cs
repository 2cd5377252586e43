namespace Analytics.Ingest.Normalization;

internal enum MoneyTokenKind { Number, Word, Symbol }

/// <summary>A token of folded text; offsets are valid in the original text too.</summary>
internal readonly record struct MoneyToken(MoneyTokenKind Kind, int Start, int End, string Text)
{
    public bool Is(string word) => Kind == MoneyTokenKind.Word && Text == word;
    public bool IsSymbol(char c) => Kind == MoneyTokenKind.Symbol && Text[0] == c;
}

/// <summary>Splits folded text into numbers (with their thousands/decimal separators), words and symbols.</summary>
internal static class MoneyLexer
{
    public static List<MoneyToken> Tokenize(string folded)
    {
        var tokens = new List<MoneyToken>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var start = i;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsAsciiDigit(c))
            {
                i = NumberEnd(folded, i);
                tokens.Add(new(MoneyTokenKind.Number, start, i, folded[start..i]));
            }
            else if (char.IsLetter(c))
            {
                while (i < folded.Length && char.IsLetter(folded[i])) i++;
                tokens.Add(new(MoneyTokenKind.Word, start, i, folded[start..i]));
            }
            else
            {
                i++;
                tokens.Add(new(MoneyTokenKind.Symbol, start, i, folded[start..i]));
            }
        }
        return tokens;
    }

    private static int NumberEnd(string f, int i)
    {
        var first = DigitsEnd(f, i);
        var firstLength = first - i;
        i = first;
        var punctuation = false;
        var spaces = false;
        while (i + 1 < f.Length)
        {
            var c = f[i];
            if ((c == '.' || c == ',') && !spaces && char.IsAsciiDigit(f[i + 1]))
            {
                punctuation = true;
                i = DigitsEnd(f, i + 1);
                continue;
            }
            // "15 500 000": spaces separate thousands only in a run of at least two three-digit groups,
            // so "số 4 125/KH" or two numbers side by side in a table row stay apart.
            if (c == ' ' && !punctuation && !spaces && firstLength <= 3)
            {
                var end = SpaceGroupsEnd(f, i);
                if (end > i) { spaces = true; i = end; continue; }
            }
            break;
        }
        return i;
    }

    /// <summary>End of a run of " ddd" groups starting at <paramref name="i"/> if there are two or more.</summary>
    private static int SpaceGroupsEnd(string f, int i)
    {
        var groups = 0;
        var end = i;
        while (end + 1 < f.Length && f[end] == ' ' && char.IsAsciiDigit(f[end + 1]))
        {
            var groupEnd = DigitsEnd(f, end + 1);
            if (groupEnd - (end + 1) != 3) break;
            end = groupEnd;
            groups++;
        }
        return groups >= 2 ? end : i;
    }

    private static int DigitsEnd(string f, int i)
    {
        while (i < f.Length && char.IsAsciiDigit(f[i])) i++;
        return i;
    }

    /// <summary>The value of a number token. <paramref name="bigUnit"/> is the multiplier that follows
    /// (1 for none): a comma before three digits in "1,500 tỷ" is a decimal comma, in "250,000" a
    /// thousands separator. Null when the separators make no sense as a number ("1.2.3").</summary>
    public static decimal? Interpret(string raw, long bigUnit, ICollection<string> warnings)
    {
        var groups = new List<string>();
        var separators = new List<char>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (char.IsAsciiDigit(raw[i])) continue;
            groups.Add(raw[start..i]);
            separators.Add(raw[i]);
            start = i + 1;
        }
        groups.Add(raw[start..]);
        // Beyond 18 digits there is no believable amount, and decimal would overflow further on.
        if (groups.Sum(g => g.Length) > 18)
        {
            warnings.Add($"'{raw}' has too many digits to be an amount");
            return null;
        }
        if (separators.Count == 0) return decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);

        var kinds = separators.Distinct().ToList();
        var tailsAreThousands = groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3);
        if (kinds.Count == 1)
        {
            var sep = kinds[0];
            if (sep == ' ') return tailsAreThousands ? Join(groups) : null;
            if (separators.Count >= 2) return tailsAreThousands ? Join(groups) : null;
            // One separator.
            if (!tailsAreThousands) return Decimal(groups[0], groups[1]);
            if (sep == ',' && bigUnit > 1)
            {
                warnings.Add($"'{raw}' read with a decimal comma before a unit; it could also mean {Join(groups)}");
                return Decimal(groups[0], groups[1]);
            }
            if (sep == '.' && bigUnit >= 1_000_000_000)
            {
                warnings.Add($"'{raw} tỷ' read as a decimal point: thousands of billions is implausible for a school");
                return Decimal(groups[0], groups[1]);
            }
            return Join(groups);
        }

        // Two kinds: the last separator, written once, is the decimal mark; the other groups thousands.
        var last = separators[^1];
        if (kinds.Count == 2 && separators.Count(s => s == last) == 1 && last != ' '
            && groups[0].Length <= 3 && groups.Skip(1).Take(groups.Count - 2).All(g => g.Length == 3))
        {
            return Decimal(string.Concat(groups.Take(groups.Count - 1)), groups[^1]);
        }
        return null;
    }

    private static decimal Join(IEnumerable<string> groups) =>
        decimal.Parse(string.Concat(groups), System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Decimal(string whole, string fraction) =>
        decimal.Parse(whole + "." + fraction, System.Globalization.CultureInfo.InvariantCulture);
}
