using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Rows;

/// <summary>Layouts held-out round 11 showed, one rule each: results laid across the page, a ticked table with the
/// level as a number, a results list, marked funding columns, a SWOT table, items written as unlabelled sentences,
/// a ward named like an old district, and titles under a bare "KẾ HOẠCH" or as a Markdown heading.</summary>
public sealed class RoundElevenRuleTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("29/KH-THCS", "Bản Lầu, ngày 12 tháng 11 năm 2024", "2024-2025", "Trường THCS Bản Lầu xây dựng kế hoạch như sau:"), body);

    private static TableBlock Table(params TableRow[] rows) => new(rows, At);

    private static readonly TableBlock PlanTable = Table(
        Row("TT", "Tiêu chí", "Mục tiêu", "Biện pháp", "Thời gian", "Kinh phí"),
        Row("1", "3.2", "Có phòng Tin học", "Mua 25 máy tính", "Quý I/2025", "650.000.000 đồng"));

    private static string[] Results(PlanRecord record) => [.. record.Assessments.Select(a => $"{a.Criterion}={a.Result}")];

    [Fact]
    public void A_horizontal_results_table_gives_one_assessment_per_criterion_column_and_no_items()
    {
        var record = Parse(
            Table(Row("Tiêu chí", "3.1", "3.2", "3.3", "3.4"), Row("Mức đạt", "Mức 2", "Mức 1", "Mức 2", "Không đạt")),
            PlanTable);
        Assert.Equal(["3.1=muc-2", "3.2=muc-1", "3.3=muc-2", "3.4=khong-dat"], Results(record));
        Assert.Equal(["3.2"], record.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void A_level_number_beside_the_ticked_reached_column_is_the_result()
    {
        var record = Parse(
            Table(Row("Tiêu chí", "Nội dung tiêu chí", "Đạt", "Không đạt", "Mức đạt"),
                Row("3.1", "Khuôn viên", "x", "", "2"), Row("3.2", "Phòng học", "x", "", "1"), Row("3.4", "Khu vệ sinh", "", "x", "")),
            PlanTable);
        Assert.Equal(["3.1=muc-2", "3.2=muc-1", "3.4=khong-dat"], Results(record));
    }

    [Fact]
    public void A_results_list_gives_assessments_and_no_items()
    {
        var record = Parse(
            Line("I. KẾT QUẢ TỰ ĐÁNH GIÁ", TextKind.Heading),
            Line("- Tiêu chí 2.1: Đạt Mức 3.", TextKind.ListItem), Line("- Tiêu chí 2.2: Đạt Mức 2.", TextKind.ListItem),
            PlanTable);
        Assert.Equal(["2.1=muc-3", "2.2=muc-2"], Results(record));
        Assert.Equal(["3.2"], record.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void Marked_funding_columns_give_the_names_of_the_ticked_sources()
    {
        var record = Parse(Table(
            new TableRow([Cell(0, "TT"), Cell(1, "Tiêu chí"), Cell(2, "Biện pháp"), Cell(3, "Kinh phí (nghìn đồng)"), Cell(4, "Nguồn kinh phí", span: 3)]),
            new TableRow([Below(0), Below(1), Below(2), Below(3), Cell(4, "NSNN"), Cell(5, "XHH"), Cell(6, "Khác")]),
            Row("1", "3.2", "Chống thấm phòng bộ môn", "185.000", "x", "", ""),
            Row("2", "3.4", "Lắp bồn chứa nước", "42.500", "x", "x", "")));
        Assert.Equal(["NSNN", "NSNN; XHH"], record.Items.Select(i => i.Funding));
        Assert.Equal([185_000_000L, 42_500_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
    }

    [Fact]
    public void The_weakness_cell_of_a_SWOT_table_gives_the_weaknesses()
    {
        var record = Parse(
            Table(Row("Điểm mạnh (S)", "Điểm yếu (W)"),
                Row("- Đội ngũ đủ về số lượng.", "- Phòng Tin học có 12/30 máy tính hỏng.\n- Sân bóng chuyền xuống cấp, mặt sân nứt."),
                Row("Cơ hội (O)", "Thách thức (T)"), Row("- Địa phương quan tâm.", "- Giá thiết bị tăng.")),
            PlanTable);
        Assert.Equal(["Phòng Tin học có 12/30 máy tính hỏng.", "Sân bóng chuyền xuống cấp, mặt sân nứt."], record.Weaknesses);
    }

    [Fact]
    public void An_item_of_unlabelled_sentences_gives_its_aim_work_lead_time_and_money()
    {
        var record = Parse(
            Line("1. Tiêu chí 3.3 - Khối hành chính - quản trị"),
            Line("Mục tiêu là có phòng họp hội đồng đủ chỗ cho 80 người. Nhà trường sẽ ngăn lại hai phòng học cũ, lắp điều hòa. "
                 + "Việc này giao Phó Hiệu trưởng phụ trách cơ sở vật chất chủ trì, thực hiện trong hè 2025, kinh phí dự kiến 380 triệu đồng từ ngân sách thành phố."));
        var item = Assert.Single(record.Items);
        Assert.Equal("có phòng họp hội đồng đủ chỗ cho 80 người.", item.Target);
        Assert.Equal("Nhà trường sẽ ngăn lại hai phòng học cũ, lắp điều hòa.", item.Actions);
        Assert.Equal("Phó Hiệu trưởng phụ trách cơ sở vật chất", item.Lead);
        Assert.Equal(("2025-06", "2025-08"), (item.Timeline?.Start, item.Timeline?.End));
        Assert.Equal(380_000_000L, item.Budget?.Vnd);
        Assert.Equal("ngân sách thành phố", item.Funding);
    }

    [Fact]
    public void A_paragraph_without_a_sentence_assigning_the_work_stays_the_target()
    {
        var record = Parse(Line("Tiêu chí 3.6: Thư viện"), Line("Thư viện đạt chuẩn. Có phòng đọc điện tử."));
        Assert.Equal("Thư viện đạt chuẩn. Có phòng đọc điện tử.", Assert.Single(record.Items).Target);
    }

    [Fact]
    public void A_ward_named_like_the_old_city_is_no_district_after_the_reform()
    {
        var record = ParseOne(
            [Line("UBND PHƯỜNG ĐIỆN BIÊN PHỦ"), Line("TRƯỜNG MẦM NON HOA BAN"), Line("Số: 29/KH-MNHB"), Line("Điện Biên Phủ, ngày 22 tháng 9 năm 2025"),
             Line("KẾ HOẠCH", TextKind.Heading), Line("Cải tiến chất lượng giáo dục năm học 2025-2026", TextKind.Heading),
             Line("Căn cứ kết quả tự đánh giá của Trường Mầm non Hoa Ban, phường Điện Biên Phủ, tỉnh Điện Biên.")],
            [PlanTable]);
        Assert.Null(record.School.District);
        Assert.Equal("Điện Biên", record.School.Province);
    }

    [Fact]
    public void The_line_under_a_bare_KE_HOACH_naming_a_school_year_task_is_the_title()
    {
        var record = ParseOne(
            [Line("Số: 112/KH-THCSNC"), Line("Nghĩa Châu, ngày 20 tháng 9 năm 2024"), Line("KẾ HOẠCH", TextKind.Heading),
             Line("Thực hiện nhiệm vụ năm học 2024-2025", TextKind.Heading), Line("Trường THCS Nghĩa Châu xây dựng kế hoạch như sau.")],
            [PlanTable]);
        Assert.Equal("Kế hoạch thực hiện nhiệm vụ năm học 2024-2025", record.Document.Title);
    }

    [Fact]
    public void A_one_line_Markdown_title_is_the_title()
    {
        var record = ParseOne(
            [Line("Số: 21/KH-THCO"), Line("Cửa Ông, ngày 20 tháng 9 năm 2025"), Line("# KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026"),
             Line("Trường Tiểu học Cửa Ông xây dựng kế hoạch như sau.")],
            [PlanTable]);
        Assert.Equal("Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026", record.Document.Title);
    }

    [Fact]
    public void An_index_only_criterion_cell_recognised_by_its_name_keeps_the_name_without_its_label()
    {
        var record = ParseOne(
            [Line("Số: 86/KH-THPTQH"), Line("Quỳnh Hoa, ngày 12 tháng 11 năm 2024"), Line("KẾ HOẠCH", TextKind.Heading),
             Line("Cải tiến chất lượng năm học 2024-2025", TextKind.Heading), Line("Trường THPT Quỳnh Hoa xây dựng kế hoạch như sau.")],
            [Table(Row("Tiêu chí", "Mục tiêu", "Giải pháp", "Thời gian", "Kinh phí"),
                Row("Tiêu chí 2: Đối với giáo viên", "Có thêm 04 giáo viên thạc sĩ", "Hỗ trợ học phí", "Năm 2025", "40 triệu đồng"))]);
        var item = Assert.Single(record.Items);
        Assert.Equal(("2.2", "Đối với giáo viên"), (item.Criterion, item.CriterionName));
    }
}
