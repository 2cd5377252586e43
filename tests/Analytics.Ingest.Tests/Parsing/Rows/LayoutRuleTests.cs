using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Rows;

/// <summary>Layouts read by one rule or rewriter each: per-item field tables, school-year charts, report
/// sections with lettered parts, plans mixing prose and tables.</summary>
public sealed class LayoutRuleTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("30/KH-THCSDH", "Đông Hòa, ngày 20 tháng 5 năm 2025", "2025-2026", "Trường THCS Đông Hòa xây dựng kế hoạch như sau:"), body);

    private static TableBlock Fields(params (string Label, string Value)[] rows) => new([.. rows.Select(r => Row(r.Label, r.Value))], At);

    [Fact]
    public void Each_field_table_naming_its_criterion_is_one_item()
    {
        var record = Parse(
            Line("Nội dung 1"),
            Fields(("Tiêu chí", "3.6. Thư viện"), ("Mục tiêu", "Có góc đọc"), ("Nhiệm vụ, giải pháp", "Mua giá sách"), ("Thời gian thực hiện", "Quý I/2026"), ("Kinh phí dự kiến", "15.000.000 đồng"), ("Nguồn kinh phí", "Xã hội hóa")),
            Line("Nội dung 2"),
            Fields(("Tiêu chí", "3.4. Khu vệ sinh"), ("Mục tiêu", "Khu vệ sinh sạch"), ("Nhiệm vụ, giải pháp", "Thay ống thoát"), ("Thời gian thực hiện", "Hè 2026"), ("Kinh phí dự kiến", "95 triệu đồng"), ("Nguồn kinh phí", "Ngân sách huyện")));
        Assert.Equal(["3.6", "3.4"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Thư viện", "Khu vệ sinh"], record.Items.Select(i => i.CriterionName));
        Assert.Equal(["Xã hội hóa", "Ngân sách huyện"], record.Items.Select(i => i.Funding));
    }

    [Fact]
    public void School_years_marked_in_a_chart_span_from_the_first_september_to_the_last_may()
    {
        var top = new TableRow([Cell(0, "Tiêu chí", rows: 2), Cell(1, "Biện pháp", rows: 2), Cell(2, "Lộ trình thực hiện", span: 3), Cell(5, "Kinh phí", rows: 2)]);
        var sub = new TableRow([Below(0), Below(1), Cell(2, "2025-2026"), Cell(3, "2026-2027"), Cell(4, "2027-2028"), Below(5)]);
        var record = Parse(new TableBlock([top, sub, Row("3.1", "Đổ bê tông sân", "x", "x", "", "1,2 tỷ đồng"), Row("3.2", "Mua máy tính", "", "x", "", "850.000.000 đ")], At));
        Assert.Equal([("2025-09", "2027-05"), ("2026-09", "2027-05")], record.Items.Select(i => (i.Timeline?.Start, i.Timeline?.End)));
        Assert.Equal("2025-2026; 2026-2027", record.Items[0].Timeline?.Text);
    }

    [Fact]
    public void A_report_section_with_lettered_parts_gives_its_labelled_plan_lines_and_verdict()
    {
        var record = Parse(
            Line("Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước"), Line("a) Mô tả hiện trạng"), Line("Có 04 khu vệ sinh."),
            Line("c) Điểm yếu"), Line("Rãnh thoát nước nhỏ."), Line("d) Kế hoạch cải tiến chất lượng"),
            Line("- Nội dung: Sân không còn ngập."), Line("- Biện pháp: Mở rộng rãnh thoát nước."), Line("- Thời gian: Hè 2026."), Line("- Kinh phí: 160.000.000 đồng."),
            Line("đ) Tự đánh giá: Đạt Mức 2"));
        var item = Assert.Single(record.Items);
        Assert.Equal(("Sân không còn ngập.", "Mở rộng rãnh thoát nước."), (item.Target, item.Actions));
        Assert.Equal(160_000_000, item.Budget?.Vnd);
        Assert.Equal("muc-2", Assert.Single(record.Assessments).Result);
    }

    [Fact]
    public void Lettered_fields_of_a_prose_plan_are_no_report_parts()
    {
        var record = Parse(Line("Tiêu chí 3.3: Khối phòng hành chính"), Line("a) Nội dung cải tiến: Có phòng họp"), Line("b) Giải pháp: Cải tạo kho"), Line("c) Thời gian: Quý I/2026"));
        Assert.Equal("Có phòng họp", Assert.Single(record.Items).Target);
    }

    [Fact]
    public void A_plan_mixing_a_prose_block_and_a_table_gives_the_items_of_both()
    {
        var record = Parse(
            Line("Tiêu chí 2.2: Đối với giáo viên"), Line("- Mục tiêu: Giáo viên dạy học trực tuyến."), Line("- Thời gian: HKI năm học 2025-2026."),
            new TableBlock([Row("Tiêu chí", "Mục tiêu", "Biện pháp", "Thời gian", "Kinh phí"), Row("3.1", "Tường rào kín", "Xây lại tường", "Hè 2026", "70.000.000 đồng")], At));
        Assert.Equal(["3.1", "2.2"], record.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void A_report_weakness_part_ends_at_the_next_lettered_part_and_none_is_no_weakness()
    {
        var record = Parse(
            Line("Tiêu chí 3.2: Phòng học, phòng học bộ môn"), Line("c) Điểm yếu"), Line("Nhà trường chưa có phòng học bộ môn Công nghệ."),
            Line("d) Kế hoạch cải tiến chất lượng"), Line("- Nội dung: Xây dựng phòng Công nghệ."), Line("đ) Tự đánh giá: Đạt Mức 1"),
            Line("Tiêu chí 3.3: Khối phòng hành chính - quản trị"), Line("c) Điểm yếu"), Line("Không có."),
            Line("d) Kế hoạch cải tiến chất lượng"), Line("- Nội dung: Duy trì các phòng làm việc."));
        Assert.Equal(["Nhà trường chưa có phòng học bộ môn Công nghệ."], record.Weaknesses);
    }
}
