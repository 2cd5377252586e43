using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Readers.Xlsx;

/// <summary>Renders a number cell as Excel shows it under Vietnamese regional settings (the settings of
/// the people who fill these workbooks): '.' groups thousands and ',' marks decimals, so "#,##0" shows
/// 294157000 as "294.157.000" and a date format shows the serial as a date ("15/10/2024"). Covers the
/// built-in formats and the custom codes plans use (grouping, decimals, percent, literal text such as
/// " đ", dates and times); anything more exotic falls back to the General rendering.</summary>
internal static class XlsxNumberFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The format code of a built-in number format id (ECMA-376 18.8.30), Vietnamese short date.</summary>
    public static string? BuiltIn(uint id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        14 => "dd/mm/yyyy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "dd/mm/yyyy h:mm",
        37 or 38 => "#,##0 ;(#,##0)",
        39 or 40 => "#,##0.00;(#,##0.00)",
        45 => "mm:ss",
        49 => "@",
        _ => null,
    };

    public static string Format(double value, string? code, bool date1904)
    {
        if (string.IsNullOrWhiteSpace(code) || double.IsNaN(value) || double.IsInfinity(value)) return General(value);
        var sections = Sections(code);
        var section = sections[0];
        var negativeSection = value < 0 && sections.Count > 1;
        if (negativeSection) section = sections[1];
        else if (value == 0 && sections.Count > 2) section = sections[2];

        section = StripBrackets(section, out var elapsed);
        if (elapsed || section.Equals("General", StringComparison.OrdinalIgnoreCase) || section == "@" || section.Length == 0)
            return General(value);
        if (IsDate(section)) return XlsxDateFormat.Format(value, section, date1904) ?? General(value);
        if (section.Contains('E') && section.Contains("E+", StringComparison.Ordinal)) return General(value);

        var number = FormatNumber(negativeSection ? Math.Abs(value) : value, section);
        // One section for all signs: Excel puts the minus in front of whatever the section renders.
        return value < 0 && !negativeSection ? "-" + number : number;
    }

    /// <summary>Excel's General format: an integer as digits, otherwise up to 10 significant digits.</summary>
    public static string General(double value)
    {
        if (Math.Abs(value) < 1e11 && value == Math.Floor(value)) return ((long)value).ToString(Invariant);
        return value.ToString("G10", Invariant).Replace('.', ',');
    }

    private static List<string> Sections(string code)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            if (c == '\\' && i + 1 < code.Length) { current.Append(c).Append(code[++i]); continue; }
            if (c == ';' && !quoted) { sections.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        sections.Add(current.ToString());
        return sections;
    }

    // [Red], [>=100], [$-42A] carry no text; [$₫-42A] carries a currency symbol; [h] [mm] [ss] are
    // elapsed-time formats, rendered as General.
    private static string StripBrackets(string section, out bool elapsed)
    {
        elapsed = false;
        var output = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"') quoted = !quoted;
            if (c != '[' || quoted) { output.Append(c); continue; }
            var close = section.IndexOf(']', i);
            if (close < 0) break;
            var inside = section[(i + 1)..close];
            if (inside.StartsWith('$'))
            {
                var symbol = inside[1..].Split('-')[0];
                if (symbol.Length > 0) output.Append('"').Append(symbol).Append('"');
            }
            else if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
            {
                elapsed = true;
            }
            i = close;
        }
        return output.ToString();
    }

    private static bool IsDate(string section)
    {
        foreach (var (c, literal) in Characters(section))
            if (!literal && c is 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S') return true;
        return false;
    }

    /// <summary>The section's characters, each marked literal (quoted, escaped) or not; padding (_x) is a
    /// space and fill (*x) nothing.</summary>
    internal static IEnumerable<(char Char, bool Literal)> Characters(string section)
    {
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var close = section.IndexOf('"', i + 1);
                if (close < 0) close = section.Length;
                for (var j = i + 1; j < close; j++) yield return (section[j], true);
                i = close;
            }
            else if (c == '\\' && i + 1 < section.Length) yield return (section[++i], true);
            else if (c == '_' && i + 1 < section.Length) { i++; yield return (' ', true); }
            else if (c == '*' && i + 1 < section.Length) i++;
            else yield return (c, false);
        }
    }

    private static string FormatNumber(double value, string section)
    {
        var characters = Characters(section).ToList();
        var placeholders = characters.Select((c, i) => (c, i)).Where(x => !x.c.Literal && x.c.Char is '0' or '#' or '?').Select(x => x.i).ToList();
        if (placeholders.Count == 0) return string.Concat(characters.Select(c => c.Char));
        int first = placeholders[0], last = placeholders[^1];
        var pattern = characters.Skip(first).Take(last - first + 1).Where(c => !c.Literal).Select(c => c.Char).ToList();

        var point = pattern.IndexOf('.');
        var integerPart = point < 0 ? pattern : pattern.Take(point).ToList();
        var decimals = point < 0 ? 0 : pattern.Skip(point + 1).Count(c => c is '0' or '#' or '?');
        var minimumDecimals = point < 0 ? 0 : pattern.Skip(point + 1).Count(c => c == '0');
        var grouping = integerPart.Contains(',');
        var minimumIntegerDigits = integerPart.Count(c => c == '0');
        // Commas right after the last placeholder scale by a thousand each.
        var scale = characters.Skip(last + 1).TakeWhile(c => !c.Literal && c.Char == ',').Count();
        var percent = characters.Any(c => !c.Literal && c.Char == '%');

        var scaled = value / Math.Pow(1000, scale) * (percent ? 100 : 1);
        var rounded = Math.Round(Math.Abs(scaled), decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("F" + decimals, Invariant);
        var parts = text.Split('.');
        var integer = parts[0].TrimStart('0');
        if (integer.Length < minimumIntegerDigits) integer = integer.PadLeft(minimumIntegerDigits, '0');
        if (grouping) integer = Group(integer);
        var fraction = parts.Length > 1 ? parts[1] : "";
        while (fraction.Length > minimumDecimals && fraction.EndsWith('0')) fraction = fraction[..^1];
        var rendered = fraction.Length > 0 ? $"{integer},{fraction}" : integer;

        var output = new StringBuilder();
        for (var i = 0; i < characters.Count; i++)
        {
            if (i == first) output.Append(rendered);
            if (i >= first && i <= last + scale && !characters[i].Literal) continue;
            output.Append(characters[i].Char);
        }
        return output.ToString().Trim();
    }

    private static string Group(string digits)
    {
        var output = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) output.Append('.');
            output.Append(digits[i]);
        }
        return output.ToString();
    }
}
