using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Readers.Xlsx;

/// <summary>Renders a date serial with a date/time format code ("dd/mm/yyyy", "mm/yyyy", "d-mmm-yy",
/// "h:mm"). Month and weekday names are Vietnamese, as Excel shows them under Vietnamese settings.</summary>
internal static class XlsxDateFormat
{
    private static readonly string[] Weekdays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
    private static readonly string[] ShortWeekdays = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];

    public static string? Format(double serial, string section, bool date1904)
    {
        if (ToDateTime(serial, date1904) is not { } date) return null;
        var tokens = Tokens(section);
        var twelveHour = tokens.Any(t => t.Text.Equals("AM/PM", StringComparison.OrdinalIgnoreCase) || t.Text.Equals("A/P", StringComparison.OrdinalIgnoreCase));
        var output = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (text, literal) = tokens[i];
            if (literal) { output.Append(text); continue; }
            var lower = text.ToLowerInvariant();
            output.Append(lower[0] switch
            {
                'y' => lower.Length <= 2 ? (date.Year % 100).ToString("00", CultureInfo.InvariantCulture) : date.Year.ToString(CultureInfo.InvariantCulture),
                'm' when IsMinute(tokens, i) => Pad(date.Minute, lower.Length),
                'm' => lower.Length switch { 1 or 2 => Pad(date.Month, lower.Length), _ => $"Tháng {date.Month}" },
                'd' => lower.Length switch
                {
                    1 or 2 => Pad(date.Day, lower.Length),
                    3 => ShortWeekdays[(int)date.DayOfWeek],
                    _ => Weekdays[(int)date.DayOfWeek],
                },
                'h' => Pad(twelveHour ? (date.Hour + 11) % 12 + 1 : date.Hour, lower.Length),
                's' => Pad(date.Second, lower.Length),
                'a' => date.Hour < 12 ? "SA" : "CH",
                _ => text,
            });
        }
        return output.ToString().Trim();
    }

    /// <summary>Excel's day count: day 1 is 1900-01-01, and the phantom 29 February 1900 (serial 60) is
    /// counted, so serials from 61 on are days since 1899-12-30. The 1904 system counts from 1904-01-01.</summary>
    public static DateTime? ToDateTime(double serial, bool date1904)
    {
        if (serial < 0 || serial > 2958465) return null;
        var origin = date1904 ? new DateTime(1904, 1, 1) : serial < 61 ? new DateTime(1899, 12, 31) : new DateTime(1899, 12, 30);
        return origin.AddDays(Math.Floor(serial)).AddSeconds(Math.Round((serial - Math.Floor(serial)) * 86400));
    }

    private static string Pad(int value, int width) => value.ToString(width >= 2 ? "00" : "0", CultureInfo.InvariantCulture);

    // "m" is minutes right after an hour or right before seconds, months otherwise.
    private static bool IsMinute(List<(string Text, bool Literal)> tokens, int index)
    {
        var before = tokens.Take(index).LastOrDefault(t => !t.Literal && char.IsLetter(t.Text[0]));
        var after = tokens.Skip(index + 1).FirstOrDefault(t => !t.Literal && char.IsLetter(t.Text[0]));
        return before.Text is { } b && char.ToLowerInvariant(b[0]) == 'h' || after.Text is { } a && char.ToLowerInvariant(a[0]) == 's';
    }

    private static List<(string Text, bool Literal)> Tokens(string section)
    {
        var tokens = new List<(string, bool)>();
        var characters = XlsxNumberFormat.Characters(section).ToList();
        for (var i = 0; i < characters.Count;)
        {
            var (c, literal) = characters[i];
            var lower = char.ToLowerInvariant(c);
            var length = literal || lower != 'a' ? 0 : Matches(characters, i, "AM/PM") ? 5 : Matches(characters, i, "A/P") ? 3 : 0;
            if (length > 0)
            {
                tokens.Add((string.Concat(characters.Skip(i).Take(length).Select(x => x.Char)), false));
                i += length;
            }
            else if (!literal && lower is 'y' or 'm' or 'd' or 'h' or 's')
            {
                var j = i;
                while (j < characters.Count && !characters[j].Literal && char.ToLowerInvariant(characters[j].Char) == lower) j++;
                tokens.Add((new string(c, j - i), false));
                i = j;
            }
            else
            {
                tokens.Add((c.ToString(), true));
                i++;
            }
        }
        return tokens;
    }

    private static bool Matches(List<(char Char, bool Literal)> characters, int start, string word)
    {
        if (start + word.Length > characters.Count) return false;
        for (var k = 0; k < word.Length; k++)
            if (char.ToUpperInvariant(characters[start + k].Char) != word[k]) return false;
        return true;
    }
}
