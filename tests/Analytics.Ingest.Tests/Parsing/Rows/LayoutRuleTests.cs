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

    private static TableRow Header(params string[] labels) => Row(labels);

    [Fact]
    public void A_full_width_criterion_row_names_the_criterion_of_the_action_rows_below_it()
    {
        var record = Parse(new TableBlock([
            Header("TT", "Mục tiêu", "Biện pháp", "Thời gian", "Kinh phí"),
            new TableRow([Cell(0, "Tiêu chí 3.2: Phòng học", span: 5)]),
            Row("1", "Phòng học không thấm dột", "Chống thấm mái", "Hè 2025", "145.000.000 đ"),
            Row("2", "Bàn ghế đúng kích thước", "Thay 60 bộ bàn ghế", "Tháng 8/2025", "72.000.000 đ"),
            new TableRow([Cell(0, "Tiêu chí 5.2: Hoạt động giáo dục", span: 5)]),
            Row("3", "Học sinh đọc thông", "Phụ đạo buổi chiều", "Tháng 10/2024", "Không")], At));
        Assert.Equal(["3.2", "3.2", "5.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Phòng học", "Phòng học", "Hoạt động giáo dục"], record.Items.Select(i => i.CriterionName));
    }

    [Fact]
    public void Tables_under_criterion_headings_are_items_of_those_criteria_even_with_the_same_columns()
    {
        TableBlock Plan(string target, string budget) => new([Header("Mục tiêu", "Biện pháp", "Thời gian", "Kinh phí"), Row(target, "Mua sắm, sửa chữa", "Hè 2025", budget)], At);
        var record = Parse(
            Line("1. Tiêu chí 3.4: Khối phòng tổ chức ăn"), Plan("Bếp có kho thực phẩm", "85.000.000 đồng"),
            Line("2. Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi"), Plan("Đủ đồ chơi", "40.000.000 đồng"));
        Assert.Equal(["3.4", "3.5"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Bếp có kho thực phẩm", "Đủ đồ chơi"], record.Items.Select(i => i.Target));
    }

    [Fact]
    public void Actions_written_under_school_year_columns_are_the_work_and_timeline_of_those_years()
    {
        var top = new TableRow([Cell(0, "Tiêu chí", rows: 2), Cell(1, "Mục tiêu", rows: 2), Cell(2, "Biện pháp thực hiện theo năm học", span: 3), Cell(5, "Kinh phí", rows: 2)]);
        var sub = new TableRow([Below(0), Below(1), Cell(2, "Năm học 2025-2026"), Cell(3, "Năm học 2026-2027"), Cell(4, "Năm học 2027-2028"), Below(5)]);
        var record = Parse(new TableBlock([top, sub, Row("Tiêu chí 3.1", "Sân chơi an toàn", "Lát sân", "Trồng cây", "", "260 triệu đồng")], At));
        var item = Assert.Single(record.Items);
        Assert.Equal(["Lát sân", "Trồng cây"], item.Actions!.Split('\n'));
        Assert.Equal(new Timeline("Năm học 2025-2026; Năm học 2026-2027", "2025-09", "2027-05"), item.Timeline);
    }

    [Fact]
    public void A_numbered_paragraph_whose_bracket_opens_with_its_criterion_is_an_item_of_that_criterion()
    {
        var record = Parse(
            Line("II. NỘI DUNG CẢI TIẾN"),
            Line("1. Bồi dưỡng giáo viên Tin học (tiêu chí 2.2; thời gian: học kỳ I năm học 2024-2025; người thực hiện: Tổ trưởng; kinh phí: 20.000.000 đồng)."),
            Line("2. Thay mái nhà xe (tiêu chí 3.3; thời gian: hè 2025; người thực hiện: Hiệu trưởng; kinh phí: không)."));
        Assert.Equal(["2.2", "3.3"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Bồi dưỡng giáo viên Tin học", "Thay mái nhà xe"], record.Items.Select(i => i.Actions));
        Assert.Equal(20_000_000, record.Items[0].Budget?.Vnd);
    }

    [Fact]
    public void A_report_section_whose_plan_is_a_table_gives_the_sections_verdict_as_the_assessment()
    {
        var record = Parse(
            Line("Tiêu chí 3.6: Thư viện"), Line("1. Mô tả hiện trạng"), Line("Thư viện có 3.200 bản sách."), Line("3. Điểm yếu"), Line("Sách truyện còn ít."),
            Line("4. Kế hoạch cải tiến chất lượng"),
            new TableBlock([Header("Nội dung cải tiến", "Biện pháp", "Thời gian", "Kinh phí"), Row("Thêm 400 bản truyện", "Quyên góp sách", "Cả năm học", "Không")], At),
            Line("5. Tự đánh giá: Đạt Mức 2"));
        var item = Assert.Single(record.Items);
        Assert.Equal(("3.6", "Thêm 400 bản truyện"), (item.Criterion, item.Target));
        Assert.Equal("muc-2", Assert.Single(record.Assessments).Result);
    }

    [Fact]
    public void Criterion_lines_over_tab_rows_of_a_text_plan_name_the_rows_criterion()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(
            "TT\tMục tiêu\tBiện pháp\tThời gian\tKinh phí\nTiêu chí 3.2: Phòng học\n1\tPhòng không dột\tThay mái tôn\tHè 2025\t185 triệu đồng\n2\tĐủ bàn ghế\tMua 40 bộ bàn ghế\tQuý III/2025\t60 triệu đồng\nTiêu chí 3.6\n3\tĐủ sách\tVận động ủng hộ sách\tQuý I/2025\tKhông\n"));
        Assert.Equal(["3.2", "3.2", "3.6"], record.Items.Select(i => i.Criterion));
        Assert.Equal([185_000_000L, 60_000_000L, 0L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
    }

    [Fact]
    public void A_standard_line_over_tab_rows_whose_first_column_is_not_the_key_is_no_content()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(
            "Phụ trách\tTiêu chí\tBiện pháp\tKinh phí\nTiêu chuẩn 3\nHiệu trưởng\t3.1\tTrồng cây bóng mát\t15 triệu đồng\nKế toán\t3.4\tSửa khu vệ sinh\t90 triệu đồng\nTiêu chuẩn 5\nTổng phụ trách\t5.3\tTham quan làng nghề\tKhông\n"));
        Assert.Equal(["3.1", "3.4", "5.3"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Hiệu trưởng", "Kế toán", "Tổng phụ trách"], record.Items.Select(i => i.Lead));
    }

    [Fact]
    public void A_numbered_row_with_a_blank_criterion_cell_is_another_item_of_the_criterion_above()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(
            "TT\tTiêu chí\tMục tiêu\tBiện pháp\tKinh phí\n1.\t3.2. Phòng học\tXây 04 phòng học\tLập hồ sơ xin vốn\t3 tỷ đồng\n2.\t\tThay 60 bộ bàn ghế\tMua sắm bổ sung\t90 triệu đồng\n3.\tTiêu chí 3.6\tĐủ sách\tVận động ủng hộ sách\tKhông\n"));
        Assert.Equal(["3.2", "3.2", "3.6"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Xây 04 phòng học", "Thay 60 bộ bàn ghế", "Đủ sách"], record.Items.Select(i => i.Target));
    }

    [Fact]
    public void A_label_the_vocabulary_lacks_opening_each_block_under_a_criterion_is_the_aim_of_a_new_item()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(
            "Tiêu chí 3.2: Phòng học\n- Điều phải đạt tới: Phòng học không dột\n- Biện pháp: Thay mái tôn\n- Kinh phí: 185 triệu đồng\n" +
            "- Điều phải đạt tới: Đủ bàn ghế\n- Biện pháp: Mua 40 bộ bàn ghế\n- Kinh phí: 60 triệu đồng\n"));
        Assert.Equal(["3.2", "3.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Phòng học không dột", "Đủ bàn ghế"], record.Items.Select(i => i.Target));
        Assert.Equal([185_000_000L, 60_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
    }
}
