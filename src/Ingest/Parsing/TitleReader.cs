using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads the plan's title: the "KẾ HOẠCH" line and the title lines under it, joined, capitals
/// lowered ("KẾ HOẠCH / CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC / NĂM HỌC 2023-2024" → "Kế hoạch cải tiến chất
/// lượng giáo dục năm học 2023-2024"), and the period it covers.</summary>
internal static partial class TitleReader
{
    private const int MaxTitleLines = 4;

    public sealed record Title(string Text, int? PeriodStart, int? PeriodEnd, int Index);

    /// <summary>Whether a block opens a plan title ("KẾ HOẠCH", "KẾ HOẠCH CẢI TIẾN…", OCR "KE HOACH").</summary>
    public static bool IsTitleStart(TextBlock block)
    {
        var text = Line(block);
        if (text.Length > 200) return false;
        var folded = Folded.Of(text);
        if (!folded.StartsWith("ke hoach", StringComparison.Ordinal)) return false;
        return block.Kind == TextKind.Heading || text.Length < block.Text.Trim().Length || IsUpper(text) || folded.Length <= 12 || IsUpper(text[..Math.Min(8, text.Length)])
               || IsSentenceCaseTitle(folded, text);
    }

    /// <summary>"Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025" on a line of its own, in sentence
    /// case: short, naming the improvement plan and its period, not a sentence.</summary>
    private static bool IsSentenceCaseTitle(string folded, string text) =>
        text.Length <= 120 && folded.StartsWith("ke hoach cai tien", StringComparison.Ordinal) && !text.TrimEnd().EndsWith('.')
        && Year().IsMatch(folded) && (folded.Contains("nam hoc", StringComparison.Ordinal) || folded.Contains("giai doan", StringComparison.Ordinal));

    /// <summary>The plan's title; failing a "KẾ HOẠCH" title, the title of a self-assessment report whose
    /// criterion sections hold the plan ("BÁO CÁO TỰ ĐÁNH GIÁ" / "Năm học 2024 - 2025").</summary>
    public static Title? Read(IReadOnlyList<Block> blocks) => Read(blocks, IsTitleStart) ?? Read(blocks, IsReportTitleStart);

    /// <summary>"BÁO CÁO TỰ ĐÁNH GIÁ" on a line of its own, as a heading or in capitals.</summary>
    private static bool IsReportTitleStart(TextBlock block)
    {
        var text = block.Text.Trim();
        if (text.Length > 80) return false;
        return Folded.Of(text).StartsWith("bao cao tu danh gia", StringComparison.Ordinal) && (block.Kind == TextKind.Heading || IsUpper(text));
    }

    private static Title? Read(IReadOnlyList<Block> blocks, Func<TextBlock, bool> opensTitle)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TextBlock start || !opensTitle(start)) continue;
            var parts = new List<string> { Line(start) };
            for (var j = i + 1; j < blocks.Count && parts.Count < MaxTitleLines; j++)
            {
                var bare = parts.Count == 1 && Folded.Of(parts[0]) == "ke hoach";
                if (blocks[j] is not TextBlock next || !ContinuesTitle(next, Year().IsMatch(string.Join(' ', parts)), bare)) break;
                parts.Add(Line(next));
            }
            var text = Compose(parts);
            var (from, to) = Period(text);
            return new Title(text, from, to, i);
        }
        return null;
    }

    /// <summary>The first and last calendar year a text names as a period ("năm học 2024-2025",
    /// "giai đoạn 2023-2025", "từ năm học 2024-2025 đến 2028-2029", "năm 2024").</summary>
    public static (int? From, int? To) Period(string text)
    {
        var years = Year().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        if (years.Count == 0) return (null, null);
        return (years.Min(), years.Max());
    }

    /// <param name="dated">Whether the lines so far already name the period: after that only a heading or a
    /// line in capitals goes on with the title, not a sentence-case line that merely holds a year (a web page's
    /// "Ngày đăng: 21/10/2024 | Lượt xem: 312" under its title).</param>
    /// <param name="underBareTitle">Whether the line above is "KẾ HOẠCH" alone: then the line naming what the plan is
    /// for ("Thực hiện nhiệm vụ năm học 2024-2025") is the title, though a line opening "Thực hiện" is otherwise
    /// the basis of the plan ("Thực hiện Công văn số …").</param>
    private static bool ContinuesTitle(TextBlock block, bool dated, bool underBareTitle)
    {
        var text = Line(block);
        if (text.Length > 160 || block.Kind == TextKind.ListItem || text.Contains('|')) return false;
        var folded = Folded.Of(text);
        if (dated && block.Kind != TextKind.Heading && !IsUpper(text) && !TitleStart().IsMatch(folded)) return false;
        var namesSchoolYearTask = underBareTitle && folded.Contains("nam hoc", StringComparison.Ordinal) && !text.Contains('/') && !text.EndsWith('.');
        if (RomanStart().IsMatch(text) || folded.StartsWith("can cu", StringComparison.Ordinal) || (folded.StartsWith("thuc hien", StringComparison.Ordinal) && !namesSchoolYearTask)) return false;
        if (folded.Contains("ngay", StringComparison.Ordinal) && folded.Contains("thang", StringComparison.Ordinal)) return false;
        if (DocumentNumberReader.IsNumberLine(text)) return false;
        return block.Kind == TextKind.Heading || IsUpper(text) || TitleWords().IsMatch(folded);
    }

    /// <summary>The block's text without the marks of a Markdown heading ("# KẾ HOẠCH …" pasted as plain text).</summary>
    private static string Line(TextBlock block)
    {
        var text = block.Text.Trim();
        return text.StartsWith('#') ? text.TrimStart('#').Trim() : text;
    }

    private static string Compose(List<string> parts)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var lowered = parts.Select(p => LowerCapitals(p, vi)).Select((p, i) => i > 0 && p.Length > 1 && char.IsLower(p[1]) ? char.ToLower(p[0], vi) + p[1..] : p);
        var joined = string.Join(' ', lowered);
        joined = Regex.Replace(joined, @"\s+", " ").Trim();
        // "Năm học: 2024-2025" → "năm học 2024-2025".
        joined = Regex.Replace(joined, @"(?i)(năm học|giai đoạn)\s*:\s*", "$1 ");
        return joined.Length == 0 ? joined : char.ToUpper(joined[0], CultureInfo.GetCultureInfo("vi-VN")) + joined[1..];
    }

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal) { "THCS", "THPT", "PTDTBT", "PTDTNT", "GDĐT", "GD&ĐT", "KĐCLGD", "CLGD", "TH", "MN", "II", "III", "IV", "V", "VI" };

    /// <summary>Lowers the words written in capitals ("KẾ HOẠCH CẢI TIẾN … Năm học" → "kế hoạch cải tiến …"),
    /// keeping level and office acronyms.</summary>
    private static string LowerCapitals(string part, CultureInfo vi)
    {
        var words = Regex.Matches(part, @"[\p{L}&]+").Select(m => m.Value).Where(w => w.Length > 1).ToList();
        var mostlyCapitals = words.Count > 0 && words.Count(IsAllCaps) * 10 >= words.Count * 6;
        return Regex.Replace(part, @"[\p{L}&]+", m =>
            m.Value.Length > 1 && (mostlyCapitals || IsAllCaps(m.Value)) && !Acronyms.Contains(m.Value) ? m.Value.ToLower(vi) : m.Value);
    }

    private static bool IsAllCaps(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsUpper(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters > 0 && upper * 10 >= letters * 9;
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[IVXL]{1,4}\s*[\.\)]\s")]
    private static partial Regex RomanStart();

    [GeneratedRegex(@"^\(?(?:nam hoc|giai doan|tu nam)")]
    private static partial Regex TitleStart();

    [GeneratedRegex(@"^(?:cai tien|nam hoc|giai doan|tu nam|chat luong|xay dung|va xay dung|ve viec|thuc hien|kiem dinh)|nam hoc|giai doan|(?:19|20)\d{2}")]
    private static partial Regex TitleWords();
}
