using System.Globalization;
using System.Text;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>Renders one list counter the way Word shows it for a w:numFmt value.</summary>
internal static class NumberFormatter
{
    public static string Format(int value, string? numberFormat) => numberFormat switch
    {
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        if (value <= 0 || value >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(symbols[i]);
                value -= values[i];
            }
        }
        return builder.ToString();
    }

    // Word's letter numbering repeats the letter past Z: 27 → AA, 28 → BB.
    private static string Letters(int value)
    {
        if (value <= 0) return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }
}
