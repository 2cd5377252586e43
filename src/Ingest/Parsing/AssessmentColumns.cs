using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads the result level a self-assessment column stands for from its header text:
/// "Không đạt" → 0, "Mức 1".."Mức 4" (also "Đạt / Mức 2") → 1..4.</summary>
internal static partial class AssessmentColumns
{
    public static int? LevelOf(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var folded = Folded.Of(label);
        if (folded.Contains("noi dung", StringComparison.Ordinal) || folded.Contains("ghi chu", StringComparison.Ordinal)) return null;
        var m = Level().Match(folded);
        if (m.Success) return RomanOrDigit(m.Groups[1].Value);
        // A narrow header column breaks the word inside ("Khôn g đạt"): spaces do not count here.
        var squashed = folded.Replace(" ", "", StringComparison.Ordinal);
        if (squashed.Contains("khongdat", StringComparison.Ordinal) || squashed.Contains("chuadat", StringComparison.Ordinal)) return 0;
        return null;
    }

    /// <summary>A result written out in a cell ("Mức 2", "Đạt mức 3", "Không đạt") rather than ticked
    /// under a level column; null for anything else (marks, notes, numbers).</summary>
    public static int? ResultOfText(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell) || cell.Length > MaxResultText) return null;
        var folded = Folded.Of(cell);
        var m = Level().Match(folded);
        if (m.Success) return RomanOrDigit(m.Groups[1].Value);
        // "M2", "Đạt M3": the level's letter alone, as narrow result columns write it.
        if (ShortLevel().Match(folded) is { Success: true } letter) return int.Parse(letter.Groups[1].Value);
        return folded is "khong dat" or "chua dat" ? 0 : null;
    }

    /// <summary>A cell of a column headed as the level reached ("Mức đạt"): a result written out, or the level's
    /// bare number ("2"); null for anything else.</summary>
    public static int? ResultOfLevelCell(string? cell) =>
        ResultOfText(cell) ?? (cell?.Trim() is [var digit] && digit is >= '1' and <= '4' ? digit - '0' : null);

    /// <summary>A header announcing results written as text: "Mức đạt được", "Kết quả tự đánh giá", "Mức độ đạt".</summary>
    public static bool IsResultLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || IsNoteLabel(label)) return false;
        var folded = Folded.Of(label);
        return folded.StartsWith("muc", StringComparison.Ordinal) || folded.StartsWith("ket qua", StringComparison.Ordinal)
               || folded.Contains("tu danh gia", StringComparison.Ordinal);
    }

    private const int MaxResultText = 20;

    public static bool IsNoteLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return false;
        var folded = Folded.Of(label);
        return folded.Contains("noi dung", StringComparison.Ordinal) || folded.Contains("ghi chu", StringComparison.Ordinal)
               || folded.Contains("nguyen nhan", StringComparison.Ordinal) || folded.Contains("ly do", StringComparison.Ordinal)
               || folded.Contains("ton tai", StringComparison.Ordinal) || folded.Contains("han che", StringComparison.Ordinal);
    }

    public static string ResultName(int level) => level == 0 ? "khong-dat" : $"muc-{level}";

    private static int RomanOrDigit(string value) => value switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ => int.Parse(value),
    };

    [GeneratedRegex(@"\bmuc(?: do)?\s*([1-4]|iv|iii|ii|i)\b")]
    private static partial Regex Level();

    [GeneratedRegex(@"^(?:dat\s*)?m\s*([1-4])$")]
    private static partial Regex ShortLevel();
}
