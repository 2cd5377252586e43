namespace Analytics.Analysis.Themes;

/// <summary>Folded words that carry no theme in weakness sentences ("còn", "chưa", "nhà trường"…).</summary>
internal static class ThemeStopWords
{
    public static IReadOnlyList<string> Folded { get; } =
    [
        "va", "cac", "cua", "con", "chua", "duoc", "co", "la", "cho", "trong", "mot", "so", "nha", "truong",
        "nhung", "da", "de", "khi", "voi", "theo", "tai", "nen", "thi", "ve", "o", "tu", "den", "nay", "do",
        "nhieu", "it", "van", "can", "phai", "cung", "rat", "qua", "hon", "han", "che", "hoan", "toan",
        "thuc", "hien", "dap", "ung", "yeu", "cau", "quy", "dinh", "muc", "tieu", "chi", "dat", "khong",
        "ra", "len", "vao", "nam",
    ];
}
