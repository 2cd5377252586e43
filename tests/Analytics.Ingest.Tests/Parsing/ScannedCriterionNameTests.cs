using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>A plan table whose criterion codes a scan made unreadable, as the scan twin of lc-th-thcs-xin-cai reads it
/// (`plans show TWIN --blocks`): "b lạI)" and "5#)" where "3.1" and "3.2" were printed, beside the criteria's names.</summary>
public sealed class ScannedCriterionNameTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("15/KH-THCSXC", "Xín Cái, ngày 10 tháng 10 năm 2025", "2025-2026", "Trường THCS Xín Cái xây dựng kế hoạch như sau:"), body);

    private static TableRow Header() =>
        Row("TC", "Tiêu chí", "Tên tiêu chí", "Mục tiêu", "Giải pháp", "Người phụ trách", "Thời gian", "Kinh phí", "Nguồn kinh phí");

    [Fact]
    public void A_row_whose_code_is_unreadable_takes_its_criterion_from_the_name_within_its_standard()
    {
        var table = new TableBlock([
            Header(),
            new([Cell(0, "3", rows: 2), Cell(1, "b lạI)"), Cell(2, "Khuôn viên, khu sân chơi, bãi tập"), Cell(3, "Làm hàng rào lưới thép B40"),
                Cell(4, "Huy động ngày công của cha mẹ học sinh"), Cell(5, "Hiệu trưởng"), Cell(6, "Quý IV/2025"), Cell(7, "350 triệu đồng"), Cell(8, "Xã hội hóa")]),
            new([Below(0), Cell(1, "5#)"), Cell(2, "Phòng học, phòng học bộ môn và khối phục vụ học tập"), Cell(3, "Xây mới 04 phòng học"),
                Cell(4, "Lập hồ sơ đề xuất đầu tư"), Cell(5, "Hiệu trưởng"), Cell(6, "Năm 2026"), Cell(7, "3,6 tỷ đồng"), Cell(8, "Ngân sách tỉnh")]),
        ], At);

        var record = Parse(table);

        Assert.Equal(["3.1", "3.2"], record.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void A_name_of_another_standards_criterion_leaves_the_row_with_its_standard_alone()
    {
        var table = new TableBlock([
            Header(),
            Row("2", "b lạI)", "Thư viện", "Bổ sung 300 đầu sách", "Mua sách", "Nhân viên thư viện", "HK II", "15 triệu đồng", "Chi thường xuyên"),
        ], At);

        var record = Parse(table);

        Assert.Null(Assert.Single(record.Items).Criterion);
        Assert.Equal(2, record.Items[0].Standard);
    }
}
