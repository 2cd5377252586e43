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

    /// <summary>The line without the model's cell marks, a quarter's numeral mended (<see cref="Ocr.Cells.QuarterNumeral"/>:
    /// "Quy I'V/2025", "Quy 1V/2025" are IV, "Quy 11/2025" is II).</summary>
    private static string Clean(string line) => Ocr.Cells.QuarterNumeral.Mend(Junk().Replace(line, " ")).Trim();

    [GeneratedRegex(@"[|_]+")]
    private static partial Regex Junk();
}
