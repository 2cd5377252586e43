using System.Globalization;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Benchmarks.Generation;

/// <summary>A deterministic collection of made-up plans for benchmarks: schools across provinces,
/// districts and levels, items drawn from phrasing templates with varying numbers, budgets, timelines
/// and funding, weaknesses (facility and other), assessments. Item "gaps" are left empty so a report
/// has to classify them, as it must for parser output without categories.</summary>
public static class SyntheticPlans
{
    private static readonly string[] Provinces = ["Hải Phòng", "Quảng Nam", "Tiền Giang", "Điện Biên", "Nghệ An", "Thanh Hóa", "Đồng Nai", "Cần Thơ", "Lào Cai", "Bình Định"];
    private static readonly string[] Districts = ["Thủy Nguyên", "Thăng Bình", "Mỹ Tho", "Điện Biên Đông", "Quỳnh Lưu", "Nga Sơn", "Trảng Bom", "Ninh Kiều", "Bát Xát", "Tuy Phước", "An Lão", "Vĩnh Bảo"];
    private static readonly (string Level, string Prefix)[] Levels = [("mam-non", "Trường Mầm non"), ("tieu-hoc", "Trường Tiểu học"), ("thcs", "Trường THCS"), ("thpt", "Trường THPT")];
    private static readonly string[] Names = ["Lê Quý Đôn", "Nguyễn Trãi", "Quang Trung", "Hoa Mai", "Bình An", "Tân Hòa", "Kim Đồng", "Trần Phú", "Võ Thị Sáu", "Hòa Bình", "Sơn Ca", "Họa Mi", "Lý Tự Trọng", "Chu Văn An", "Phan Bội Châu"];
    private static readonly string[] Items =
    [
        "Xây dựng thêm {0} phòng học để bảo đảm một lớp một phòng",
        "Cải tạo thư viện đạt chuẩn, bổ sung {0}00 đầu sách",
        "Làm sân tập thể dục thể thao diện tích {0}00 m2",
        "Xây dựng phòng tin học và mua {0}0 máy tính",
        "Sửa chữa {0} phòng học bị thấm dột, thay mái tôn",
        "Xây tường rào phía sau dài {0}0 m và làm lại cổng trường",
        "Xây khu vệ sinh cho học sinh và lắp {0} vòi nước rửa tay",
        "Cải tạo bếp ăn bán trú theo quy trình một chiều",
        "Trồng {0}0 cây xanh tạo bóng mát trong sân trường",
        "Bổ sung thiết bị dạy học tối thiểu cho khối lớp {0}",
        "Xây dựng nhà hiệu bộ gồm {0} phòng làm việc",
        "Xây dựng phòng giáo dục nghệ thuật và phòng STEM",
        "Bồi dưỡng {0} giáo viên về chuyển đổi số",
        "Tổ chức {0} chuyên đề đổi mới phương pháp dạy học",
    ];
    private static readonly string[] Weaknesses =
    [
        "Thư viện chưa đạt chuẩn theo quy định.", "Sân chơi còn hẹp, chưa có sân tập thể dục.", "Phòng học xuống cấp, tường bị nứt.",
        "Đội ngũ giáo viên còn thiếu so với định mức.", "Giáo viên tiếng Anh và tin học còn thiếu.", "Hồ sơ quản lý học sinh chưa được số hóa.",
        "Ứng dụng công nghệ thông tin trong quản lý còn hạn chế.", "Ban đại diện cha mẹ học sinh hoạt động chưa thường xuyên.",
        "Phối hợp giữa nhà trường và gia đình chưa chặt chẽ.", "Một số giáo viên chậm đổi mới phương pháp dạy học.",
        "Chất lượng học sinh giỏi chưa cao.", "Tỷ lệ học sinh yếu kém còn cao ở môn Toán.", "Công tác kiểm tra nội bộ chưa thường xuyên.",
    ];
    private static readonly string[] Funding = ["Ngân sách nhà nước", "Ngân sách huyện", "Xã hội hóa", "Ngân sách và xã hội hóa", "Nguồn chi thường xuyên", "Quỹ khuyến học"];
    private static readonly string[] Results = ["khong-dat", "muc-1", "muc-2", "muc-3"];

    public static IReadOnlyList<StoredSource> Generate(int plans, int seed = 2024)
    {
        var random = new Random(seed);
        var sources = new List<StoredSource>(plans);
        for (var p = 0; p < plans; p++)
        {
            var (level, prefix) = Levels[random.Next(Levels.Length)];
            var province = Provinces[random.Next(Provinces.Length)];
            var school = $"{prefix} {Names[random.Next(Names.Length)]} số {random.Next(1, 400)}";
            var year = 2020 + random.Next(6);
            var items = new List<PlanItem>();
            for (var i = 0; i < random.Next(4, 12); i++) items.Add(Item(random, year));
            var record = new PlanRecord
            {
                Id = $"gen-{p}",
                Source = $"synthetic/{p:D6}.docx",
                School = new SchoolInfo { Name = school, Level = level, Province = province, District = Districts[random.Next(Districts.Length)] },
                Document = new DocumentInfo { Number = $"{random.Next(1, 300)}/KH-TR", Date = $"{year}-09-{random.Next(1, 28):D2}", Title = $"Kế hoạch cải tiến chất lượng giáo dục năm học {year}-{year + 1}", PeriodStart = year, PeriodEnd = year + 1 },
                Regulation = "18/2018/TT-BGDĐT",
                Assessments = Enumerable.Range(0, random.Next(0, 4)).Select(_ => new Assessment($"3.{random.Next(1, 7)}", Results[random.Next(Results.Length)], null)).ToList(),
                Items = items,
                Weaknesses = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Weaknesses[random.Next(Weaknesses.Length)]).Distinct().ToList(),
            };
            sources.Add(new StoredSource(record.Source, "h" + p.ToString(CultureInfo.InvariantCulture), DateTimeOffset.UnixEpoch, [record]));
        }
        return sources;
    }

    private static PlanItem Item(Random random, int year)
    {
        var quarter = random.Next(1, 5);
        var endYear = year + random.Next(0, 2);
        long? vnd = random.Next(5) == 0 ? null : random.Next(1, 500) * 10_000_000L;
        return new PlanItem
        {
            Standard = 3,
            Criterion = $"3.{random.Next(1, 7)}",
            CriterionName = "Cơ sở vật chất",
            Target = string.Format(CultureInfo.InvariantCulture, Items[random.Next(Items.Length)], random.Next(1, 10)),
            Actions = "Tham mưu cấp trên, lập dự toán và tổ chức thực hiện",
            Lead = "Hiệu trưởng",
            Timeline = new Timeline($"Quý {quarter}/{endYear}", $"{endYear}-{quarter * 3 - 2:D2}", $"{endYear}-{quarter * 3:D2}"),
            Budget = vnd is null ? (random.Next(3) == 0 ? new Budget("khoảng vài chục triệu", null) : null) : new Budget($"{vnd / 1_000_000} triệu đồng", vnd),
            Funding = Funding[random.Next(Funding.Length)],
        };
    }
}
