using System.Text.RegularExpressions;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Readers.Text;

/// <summary>What a single physical line of a text plan looks like.</summary>
internal static partial class LineShapes
{
    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>Cells of a tab-separated line (leading and trailing tabs give empty cells).</summary>
    public static string[] TabCells(string line) => line.Split('\t');

    public static int TabCount(string line) => line.Count(c => c == '\t');

    /// <summary>A line holding one table cell: a tab first (after optional spaces), no further tab.</summary>
    public static bool IsSingleCellLine(string line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.StartsWith('\t') && TabCount(trimmed) == 1;
    }

    /// <summary>"I. MỤC ĐÍCH", "IV. Nội dung thực hiện", OCR's "I1I. NOI DUNG".</summary>
    public static bool IsRomanHeading(string line) => RomanHeading().IsMatch(line.Trim());

    /// <summary>A short line in capitals ("KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC").</summary>
    public static bool IsUpperCaseTitle(string line)
    {
        var trimmed = line.Trim().Trim('*').Trim();
        if (trimmed.Length is < 3 or > 120) return false;
        int upper = 0, letters = 0;
        foreach (var c in trimmed)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 3 && upper * 10 >= letters * 9;
    }

    /// <summary>"- ", "+ ", "• ", "* " bullets; returns the bullet or null.</summary>
    public static string? Bullet(string line)
    {
        var m = BulletPattern().Match(line);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>"1. ", "2.1. ", "a) " numbering; returns the label or null.</summary>
    public static string? Numbering(string line)
    {
        var m = NumberingPattern().Match(line);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>Lines that open a new unit and so never continue the paragraph above them:
    /// headings, bullets, numbering, criterion and standard references.</summary>
    public static bool OpensBlock(string line)
    {
        var t = line.TrimStart();
        if (IsRomanHeading(t) || Bullet(t) is not null || Numbering(t) is not null) return true;
        var folded = VietnameseFolding.Fold(t.Length > 16 ? t[..16] : t);
        return folded.StartsWith("tieu chi", StringComparison.Ordinal) || folded.StartsWith("tieu chu", StringComparison.Ordinal);
    }

    /// <summary>A line that heads a group of table rows: "Tiêu chuẩn 1: …", "Tiêu chí 3.2: Phòng học", "TIÊU CHUẨN 3",
    /// "A. ĐIỂM TRƯỜNG CHÍNH".</summary>
    public static bool IsGroupHeading(string line)
    {
        var t = line.Trim();
        if (t.Length > 160) return false;
        return StandardHeading().IsMatch(VietnameseFolding.Fold(t.Length > 20 ? t[..20] : t)) || IsUpperCaseTitle(t);
    }

    /// <summary>The wrapped lines of one cell or paragraph as one text: joined with spaces, except that a line
    /// after one that ends a sentence and starting in capitals or with a bullet stays a line of its own.</summary>
    public static string JoinWrapped(IEnumerable<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0)
                text.Append(EndsSentence(text.ToString()) && !StartsLowerCase(line) ? '\n' : ' ');
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>A line laid out in columns with spaces ("TRƯỜNG TIỂU HỌC …      Độc lập - Tự do - Hạnh phúc"): its
    /// wide gaps become tabs, as a line copied out of a Word table has them.</summary>
    public static string WideGapsAsTabs(string line) => WideGap().Replace(line, "\t");

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd('*');
        return t.Length > 0 && t[^1] is '.' or ':' or ';' or '!' or '?' or '/';
    }

    public static bool StartsLowerCase(string line)
    {
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c)) continue;
            return char.IsLetter(c) && char.IsLower(c);
        }
        return false;
    }

    [GeneratedRegex(@"(?<=\S) {4,}(?=\S)")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"^tieu ch(?:uan\s*\d{1,2}\b|i\s*\d{1,2}\s*\.\s*\d{1,2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StandardHeading();

    [GeneratedRegex(@"^(?=[IVXL1]{0,4}[IVXL])[IVXL1]{1,5}\s*[\.\)]\s+\p{L}")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^\s*([-+•*–])\s+\S")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^\s*((?:\d{1,2}\.){1,3}|\d{1,2}\)|[a-zđ]\))\s+\S")]
    private static partial Regex NumberingPattern();
}
