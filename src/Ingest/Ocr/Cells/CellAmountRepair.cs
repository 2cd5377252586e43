using System.Text.RegularExpressions;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>Mends what a scan does to an amount written with its unit ("1,6 tỷ", "1 tỷ 800 triệu"), where the unit
/// leaves no doubt that digits stand before it: the decimal comma read as a semicolon ("1;6 tỷ") and a leading
/// "1" read as the letter l glued to the unit ("ltỷ 800 triệu"). Seen on the scans and faxes of several plans.</summary>
internal static partial class CellAmountRepair
{
    public static string Apply(string text)
    {
        if (text.Length == 0) return text;
        text = SemicolonComma().Replace(text, ",");
        return OneAsLetter().Replace(text, m => m.Groups["billion"].Success ? "1 tỷ" : "1 ");
    }

    /// <summary>A semicolon between digits, the digits after it then a unit of money.</summary>
    [GeneratedRegex(@"(?<=\d);(?=\d{1,3}\s*(?:tỷ|triệu|nghìn|ngàn)\b)")]
    private static partial Regex SemicolonComma();

    /// <summary>"l" alone or glued to "tỷ" (whose hook is then often read as an acute, "tý") or before "triệu", where
    /// nothing but a number can stand.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])l\s?(?:(?<billion>t[ỷýy])(?!\p{L})|(?=triệu(?!\p{L})))")]
    private static partial Regex OneAsLetter();
}
