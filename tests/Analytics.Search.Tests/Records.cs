using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Search.Tests;

/// <summary>Small hand-written plans for tests that must not depend on the corpus.</summary>
internal static class Records
{
    public static PlanItem Item(string criterion, string name, string target, string actions, long? vnd = null, string? funding = null, string? timeline = null, string? start = null, string? end = null, params string[] gaps) => new()
    {
        Standard = int.Parse(criterion.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture),
        Criterion = criterion,
        CriterionName = name,
        Target = target,
        Actions = actions,
        Lead = "Hiệu trưởng",
        Budget = vnd is null ? null : new Budget(vnd.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " đồng", vnd),
        Funding = funding,
        Timeline = timeline is null ? null : new Timeline(timeline, start, end),
        Gaps = gaps,
    };

    public static PlanRecord Plan(string id, string source, string school, string level, string province, string district, int year, IReadOnlyList<PlanItem> items, params string[] gaps) => new()
    {
        Id = id,
        Source = source,
        School = new SchoolInfo { Name = school, Level = level, Province = province, District = district },
        Document = new DocumentInfo { Title = "Kế hoạch cải tiến chất lượng giáo dục năm học " + year + "-" + (year + 1), PeriodStart = year, PeriodEnd = year + 1 },
        Items = items,
        Gaps = gaps,
    };

    public static StoredSource Source(string source, string hash, params PlanRecord[] plans) => new(source, hash, DateTimeOffset.UnixEpoch, plans);

    public static IReadOnlyList<StoredSource> Small() =>
    [
        Source("a.docx", "h-a", Plan("a.docx#0", "a.docx", "Trường Tiểu học Lê Quý Đôn", "tieu-hoc", "Hải Phòng", "Lê Chân", 2024,
        [
            Item("3.6", "Thư viện", "Thư viện đạt chuẩn mức 1", "Bổ sung sách tham khảo, sửa chữa phòng thư viện", 150_000_000, "Ngân sách nhà nước", "Năm học 2024-2025", "2024-09", "2025-05", "thu-vien"),
            Item("3.1", "Khuôn viên, sân chơi, sân tập", "Sân tập thể dục đủ diện tích", "Lát lại sân tập thể dục, trồng cây xanh", 1_200_000_000, "Xã hội hóa", "Hè 2025", "2025-06", "2025-08", "san-choi-bai-tap"),
        ], "thu-vien", "san-choi-bai-tap")),
        Source("b.pdf", "h-b", Plan("b.pdf#0", "b.pdf", "Trường THCS Thủ Viên", "thcs", "Tiền Giang", "Mỹ Tho", 2023,
        [
            Item("3.3", "Phòng học, phòng học bộ môn", "Thủ viên điều phối phòng học bộ môn", "Kiểm kê phòng học bộ môn", 45_000_000, "Ngân sách nhà nước", "Quý 1/2024", "2024-01", "2024-03", "phong-chuc-nang"),
            Item("4.1", "Ban đại diện cha mẹ học sinh", "Phối hợp với cha mẹ học sinh", "Họp định kỳ", null, null, null, null, null),
        ], "phong-chuc-nang")),
        Source("c.txt", "h-c", Plan("c.txt#0", "c.txt", "Trường Mầm non Hoạ Mi", "mam-non", "Hải Phòng", "Thủy Nguyên", 2024,
        [
            Item("3.2", "Phòng nuôi dưỡng, chăm sóc và giáo dục trẻ", "Cải tạo bếp ăn một chiều", "Sửa chữa bếp ăn, thay thiết bị nhà bếp", 3_000_000_000, "Ngân sách nhà nước và xã hội hóa", "Năm 2025", "2025-01", "2025-12", "bep-an"),
        ], "bep-an")),
    ];
}
