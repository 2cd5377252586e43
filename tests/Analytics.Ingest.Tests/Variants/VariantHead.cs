using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>The masthead, title and closing lines of a generated plan, from its expected record's school and
/// document fields.</summary>
public static class VariantHead
{
    public static IReadOnlyList<string> Head(PlanRecord plan)
    {
        var school = plan.School.Name ?? "Trường";
        var title = plan.Document.Title ?? "Kế hoạch cải tiến chất lượng giáo dục";
        var rest = title.StartsWith("Kế hoạch", StringComparison.OrdinalIgnoreCase) ? title["Kế hoạch".Length..].Trim() : title;
        var lines = new List<string>
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            school.ToUpperInvariant(),
        };
        if (plan.Document.Number is { } number) lines.Add($"Số: {number}");
        if (DateLine(plan) is { } date) lines.Add(date);
        lines.AddRange(["KẾ HOẠCH", rest.Length > 0 ? char.ToUpperInvariant(rest[0]) + rest[1..] : rest]);
        if (plan.Regulation is { } regulation) lines.Add($"Căn cứ Thông tư số {regulation} của Bộ Giáo dục và Đào tạo;");
        lines.Add($"{school} xây dựng kế hoạch cải tiến chất lượng như sau:");
        lines.Add("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
        return lines;
    }

    public static IReadOnlyList<string> Foot { get; } = ["Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG"];

    private static string? DateLine(PlanRecord plan)
    {
        if (plan.Document.Date is not { Length: 10 } date) return null;
        var place = plan.School.District ?? plan.School.Province ?? "";
        return $"{place}, ngày {int.Parse(date[8..])} tháng {int.Parse(date[5..7])} năm {date[..4]}";
    }
}
