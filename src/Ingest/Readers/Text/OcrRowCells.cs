using System.Text.RegularExpressions;

namespace Analytics.Ingest.Readers.Text;

/// <summary>The cells of an item row rebuilt from OCR lines whose cell borders are lost: the criterion code, all the
/// row's words (target and actions), the row's timeline (<see cref="OcrTimelineCell"/>) and its first amount
/// (<see cref="OcrAmounts"/>).</summary>
internal static partial class OcrRowCells
{
    /// <summary>Header words as the English model would give them; the parser's header vocabulary folds them.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Tieu chi", "Ket qua can dat", "Thoi gian", "Kinh phi"];

    public static IReadOnlyList<string> Of(OcrRow row)
    {
        var lines = row.Lines.Select(Clean).Where(l => l.Length > 0).ToList();
        var text = string.Join(" ", lines);
        return [row.Code, text, OcrTimelineCell.Of(lines, text), OcrAmounts.Budget(lines)];
    }

    /// <summary>The line without the model's cell marks, a quarter's numeral made whole again ("Quy I'V/2025") and
    /// read as the Roman numeral the model took for digits ("Quy 11/2025" is "Quy II/2025").</summary>
    private static string Clean(string line)
    {
        var whole = FourNumeral().Replace(SplitNumeral().Replace(Junk().Replace(line, " "), "$1$2$3"), "$1IV");
        return DigitNumeral().Replace(whole, m => m.Groups[1].Value + new string('I', m.Groups[2].Length)).Trim();
    }

    [GeneratedRegex(@"(?i)(\bquy\s*)([IV]+)['’`‘](V?I*/)")]
    private static partial Regex SplitNumeral();

    [GeneratedRegex(@"(?i)(\bquy\s*)([1lI]{2,3})(?=\s*/\s*(?:19|20)\d{2})")]
    private static partial Regex DigitNumeral();

    // "Quy 1V/2025": the English model's IV.
    [GeneratedRegex(@"(?i)(\bquy\s*)[1l]V(?=\s*/)")]
    private static partial Regex FourNumeral();

    [GeneratedRegex(@"[|_]+")]
    private static partial Regex Junk();
}
