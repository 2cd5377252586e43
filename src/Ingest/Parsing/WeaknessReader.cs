using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Collects the weaknesses a plan states: every sentence under a "Hạn chế", "Khó khăn",
/// "Điểm yếu", "Tồn tại", "Nội dung không đạt" heading, plus sentences elsewhere in the plan's
/// description that state a deficiency as current status ("Chưa có phòng bộ môn", "T. viện chưa đạt
/// chuẩn", "sân chơi hạn hẹp") when the plan has no weakness section. Sections that only cite, aim or organise (Căn cứ, Mục đích, Tổ chức
/// thực hiện, Đề xuất) are not read for the latter.</summary>
internal static partial class WeaknessReader
{
    private static readonly string[] SkippedSections = ["can cu", "muc dich", "yeu cau", "to chuc thuc hien", "de xuat", "kien nghi", "muc tieu", "chi tieu", "giai phap", "noi nhan"];

    public static List<string> Read(IReadOnlyList<Block> blocks, IEnumerable<string> statusTexts)
    {
        var found = new List<string>();
        var described = new List<string>();
        var sectionSeen = false;
        var inWeaknessSection = false;
        var skipped = false;
        foreach (var block in blocks)
        {
            if (block is not TextBlock text) { inWeaknessSection = false; continue; }
            var body = text.Text.Trim();
            if (PageNumber().IsMatch(body)) continue;
            // Inside a weakness section a numbered line that ends its sentence ("2. Cấp THCS chưa có phòng
            // học bộ môn.") is the next weakness of a numbered list, not a new section's title.
            if (IsSectionTitle(text) && !(inWeaknessSection && text.Kind != TextKind.Heading && SectionNumber().IsMatch(body) && LineEndsSentence(body)))
            {
                var folded = Folded.Of(body);
                inWeaknessSection = PlanVocabulary.WeaknessSectionWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) && body.Length < 80;
                sectionSeen |= inWeaknessSection;
                if (IsTopLevel(text)) skipped = SkippedSections.Any(w => folded.Contains(w, StringComparison.Ordinal));
                continue;
            }
            foreach (var sentence in Sentences(body))
            {
                if (inWeaknessSection) found.Add(sentence);
                else if (!skipped && StatesDeficiency(sentence)) described.Add(sentence);
            }
        }
        // Deficiencies in the description count only when the plan has no weakness section of its own
        // (otherwise they repeat it).
        if (!sectionSeen) found.AddRange(described);
        // Item texts ("Nội dung cần cải tiến: Phòng học xuống cấp") stand in for a weakness section only
        // when the plan has none; with one, they restate it or describe the work to be done.
        if (!sectionSeen)
            foreach (var text in statusTexts)
                foreach (var sentence in Sentences(text))
                    if (StatesDeficiency(sentence)) found.Add(sentence);
        return found.DistinctBy(Folded.Of).ToList();
    }

    /// <summary>A status sentence: something missing, below standard, cramped or degraded.</summary>
    public static bool StatesDeficiency(string sentence)
    {
        var folded = Folded.Of(sentence);
        if (folded.Length < 8 || folded.Length > 400) return false;
        if (Intent().IsMatch(folded)) return false;
        return Deficiency().IsMatch(folded);
    }

    private static bool IsSectionTitle(TextBlock block)
    {
        var body = block.Text.Trim();
        if (block.Kind == TextKind.Heading) return true;
        // The parts of a self-assessment section ("c) Điểm yếu", "d) Kế hoạch cải tiến chất lượng", "đ) Tự đánh giá: …").
        if (ProseItemReader.SelfAssessmentPart(body) is not null) return true;
        if (body.Length < 60 && body.EndsWith(':') && !body.Contains('\n')) return true;
        if (body.Length < 40 && body.Split(' ').Length <= 5 && !LineEndsSentence(body)) return true;
        return body.Length < 80 && SectionNumber().IsMatch(body) && !body.TrimEnd().EndsWith(';');
    }

    private static bool LineEndsSentence(string text) => text.TrimEnd()[^1] is '.' or ';' or '!' or '?';

    /// <summary>Roman sections, level-1 headings, and sections lettered "A.", "B.", "C." in capitals ("C. TỔ CHỨC
    /// THỰC HIỆN"), which some plans use above roman sub-headings.</summary>
    private static bool IsTopLevel(TextBlock block) =>
        RomanStart().IsMatch(block.Text.Trim()) || block.HeadingLevel == 1
        || (LetterSection().IsMatch(block.Text.Trim()) && block.Text.Trim() is var t && t.Where(char.IsLetter).All(char.IsUpper));

    private static IEnumerable<string> Sentences(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var l = raw.Trim();
            if (l.Length == 0) continue;
            if (lines.Count > 0 && char.IsLower(l[0]) && !lines[^1].EndsWith('.')) lines[^1] += " " + l;
            else lines.Add(l);
        }
        foreach (var line in lines)
        {
            var cleaned = Bullet().Replace(line.Trim(), "");
            foreach (var part in SentenceEnd().Split(cleaned))
            {
                var s = part.Trim().TrimEnd(';', ',').Trim();
                if (s.Length >= 8 && !SaysNone(s)) yield return s;
            }
        }
    }

    /// <summary>"Không có.", "Không có điểm yếu": a section that states there is nothing to state.</summary>
    private static bool SaysNone(string sentence) => Folded.Of(sentence).TrimEnd('.', ' ') is "khong co" or "khong co diem yeu" or "khong co han che";

    [GeneratedRegex(@"\b(?:chua co|chua dat chuan|chua dap ung|chua du\b|chua duoc (?:trang bi|xay dung|dau tu|lap|gan|sua chua|cai tao|nang cap)|xuong cap|hu hong|hu hai|con thieu|thieu (?:phong|thiet bi|dien tich|san|nha|cong trinh|giao vien)|chat hep|han hep|chat choi|khong dat|chua dam bao|chua hoan thien|dot nat|tam bo)\b")]
    private static partial Regex Deficiency();

    // Sentences that open with what will be done ("Xây mới 04 phòng học thay thế … đã xuống cấp") plan
    // work; they are not a statement of the current status.
    [GeneratedRegex(@"^(?:phan dau|de nghi|tham muu|tiep tuc|xay dung ke hoach|len ke hoach|huy dong|tang cuong|dam bao|can|nham|de|xay moi|xay dung|xay them|bo sung|thay moi|thay the|lap dat|sua chua|cai tao|nang cap|trang bi|mua sam|mua bo sung|to chuc|trien khai|khac phuc)\b")]
    private static partial Regex Intent();

    [GeneratedRegex(@"^(?:trang\s*\d{1,3}(?:\s*/\s*\d{1,3})?|-?\s*\d{1,3}\s*-?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    /// <summary>"II. …", "2.1. …", and a lettered section "A. …" / "B) …" (a capital letter alone).</summary>
    [GeneratedRegex(@"^(?:[IVXL]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|\p{Lu})\s*[\.\)]\s*\S")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^\p{Lu}\s*[\.\)]\s")]
    private static partial Regex LetterSection();

    [GeneratedRegex(@"^[IVXL]{1,4}\s*[\.\)]\s")]
    private static partial Regex RomanStart();

    [GeneratedRegex(@"^(?:[-+•*–]\s*|\d{1,2}[\.\)]\s+)")]
    private static partial Regex Bullet();

    // After a semicolon a count ("…; 03 nhân viên nấu ăn chưa có chứng chỉ") goes on with the same statement;
    // a capital or a list number ("…; 2. …") starts the next.
    [GeneratedRegex(@"(?<=[\.!?])\s+(?=[\p{Lu}\d])|(?<=;)\s+(?=\p{Lu}|\d{1,2}[\.\)]\s)")]
    private static partial Regex SentenceEnd();
}
