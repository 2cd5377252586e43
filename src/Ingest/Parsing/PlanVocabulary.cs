namespace Analytics.Ingest.Parsing;

/// <summary>Words of plans that more than one reader needs, compared on folded text (no accents, lower case):
/// total rows, weakness headings, result labels that state a level rather than aim at one, staff titles.
/// Column header words are in <see cref="HeaderVocabulary"/>, level words in <see cref="AssessmentColumns"/>.</summary>
internal static class PlanVocabulary
{
    /// <summary>Words that head a statement of weaknesses (a section, a table column, a field label).</summary>
    public static readonly string[] WeaknessWords = ["diem yeu", "han che", "ton tai", "khong dat", "chua dat"];

    /// <summary>Words of a section heading whose sentences are weaknesses ("II. Những hạn chế", "Khó khăn").</summary>
    public static readonly string[] WeaknessSectionWords = ["han che", "kho khan", "diem yeu", "ton tai", "noi dung khong dat", "nhung mat chua", "mat han che", "chua dat"];

    /// <summary>Words of a result header that aim at a level instead of stating one ("Kết quả cần đạt", "Mức phấn đấu").</summary>
    private static readonly string[] AimWords = ["can dat", "phan dau", "muc tieu", "du kien"];

    /// <summary>Staff titles and offices that lead work in a plan ("Hiệu trưởng", "Tổ trưởng chuyên môn", "Kế toán").</summary>
    private static readonly string[] StaffWords =
        ["hieu truong", "to truong", "to pho", "giao vien", "nhan vien", "ke toan", "van thu", "thu vien", "bgh", "ban giam hieu", "cong doan", "doan thanh nien", "tong phu trach", "hoi dong"];

    public static bool IsTotalLabel(string text)
    {
        var folded = Folded.Of(text).Trim('*', ':', '.', ' ');
        return folded is "tong" or "cong" or "tong so" or "tong kinh phi" || folded.StartsWith("tong cong", StringComparison.Ordinal);
    }

    public static bool NamesWeakness(string text)
    {
        var folded = Folded.Of(text);
        return WeaknessWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    public static bool AimsAtLevel(string label)
    {
        var folded = Folded.Of(label);
        return AimWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>A short cell naming a member of staff or an office.</summary>
    public static bool NamesStaff(string text)
    {
        var folded = Folded.Of(text);
        return folded.Length <= 80 && StaffWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }
}
