using System.Globalization;
using Analytics.Ingest.Text;

namespace Analytics.Search.Querying;

/// <summary>Reads an amount typed in a query: plain digits ("1000000000"), dotted thousands
/// ("1.000.000.000"), or a number with a unit ("1tỷ", "1,5ty", "500triệu", "500tr").</summary>
internal static class MoneyValue
{
    public static long? Parse(string text)
    {
        var folded = VietnameseFolding.Fold(text.Trim()).Replace(" ", "", StringComparison.Ordinal);
        long multiplier = 1;
        foreach (var (unit, factor) in Units)
        {
            if (folded.EndsWith(unit, StringComparison.Ordinal))
            {
                multiplier = factor;
                folded = folded[..^unit.Length];
                break;
            }
        }
        if (folded.Length == 0) return null;
        if (multiplier == 1)
        {
            var digits = folded.Replace(".", "", StringComparison.Ordinal);
            return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var plain) ? plain : null;
        }
        var number = folded.Replace(',', '.');
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (long)(value * multiplier)
            : null;
    }

    private static readonly (string Unit, long Factor)[] Units =
    [
        ("ty", 1_000_000_000), ("trieu", 1_000_000), ("tr", 1_000_000), ("nghin", 1_000), ("dong", 1), ("d", 1), ("vnd", 1),
    ];
}
