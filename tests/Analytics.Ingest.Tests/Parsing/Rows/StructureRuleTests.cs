using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Rows;

/// <summary>Structures of held-out round 10 and the structural variants, one rule or rewriter each: hierarchical
/// numbering, labelled lines in one cell, a second table keyed by the first, term headings, text results, per-item
/// forms in text (dot leaders, question and answer lines), field tables naming the criterion by name.</summary>
public sealed class StructureRuleTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("41/KH-THCS", "Phú Thượng, ngày 12 tháng 11 năm 2024", "2024-2025", "Trường THCS Phú Thượng xây dựng kế hoạch như sau:"), body);

    private static TableBlock Table(params TableRow[] rows) => new(rows, At);

    private static PlanRecord ParseText(string body) => ParserFixture.Single(ParserFixture.WithHead(body));

    [Fact]
    public void A_TC_standard_dash_criterion_cell_names_the_criterion()
    {
        var record = Parse(Table(Row("TT", "Tiêu chí", "Biện pháp", "Kinh phí"), Row("1", "TC 1 - tiêu chí 4", "Kiện toàn tổ chuyên môn", "Không"), Row("2", "Tiêu chuẩn 3, tiêu chí 2", "Sơn lại phòng học", "20 triệu đồng")));
        Assert.Equal(["1.4", "3.2"], record.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void Numbered_criterion_rows_head_the_hierarchically_numbered_rows_below_them()
    {
        var record = Parse(Table(
            Row("TT", "Mục tiêu", "Biện pháp", "Thời gian", "Kinh phí"),
            new TableRow([Cell(0, "1"), Cell(1, "Tiêu chí 3.1: Khuôn viên, khu sân chơi, bãi tập", span: 4)]),
            Row("1.1", "Sân có bóng mát", "Trồng 20 cây xanh", "Quý I/2025", "12 triệu đồng"),
            Row("1.2", "Sân không đọng nước", "Nâng nền sân", "Hè 2025", "80 triệu đồng"),
            new TableRow([Cell(0, "2"), Cell(1, "Tiêu chí 3.6. Thư viện", span: 4)]),
            Row("2.1", "Thư viện đủ sách", "Mua 300 đầu sách", "Tháng 10/2024", "30.000.000 đ")));
        Assert.Equal(["3.1", "3.1", "3.6"], record.Items.Select(i => i.Criterion));
        Assert.Equal([12_000_000L, 80_000_000L, 30_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
        Assert.Equal("Sân có bóng mát", record.Items[0].Target);
    }

    [Fact]
    public void Labelled_lines_inside_one_cell_are_read_as_their_fields()
    {
        var record = Parse(Table(
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Tổ chức thực hiện"),
            Row("1", "3.1", "Mục tiêu: Sân có bóng mát\nBiện pháp: Trồng 20 cây xanh", "Người thực hiện: Hiệu trưởng\nThời gian: Quý I/2025\nKinh phí: 12 triệu đồng\nNguồn kinh phí: Ngân sách huyện"),
            Row("2", "3.6", "Mục tiêu: Thư viện đủ sách Biện pháp: Mua 300 đầu sách", "Người thực hiện: Nhân viên thư viện Thời gian: Tháng 10/2024 Kinh phí: 30.000.000 đ Nguồn kinh phí: Xã hội hóa")));
        Assert.Equal(["Hiệu trưởng", "Nhân viên thư viện"], record.Items.Select(i => i.Lead));
        Assert.Equal([12_000_000L, 30_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
        Assert.Equal(["Trồng 20 cây xanh", "Mua 300 đầu sách"], record.Items.Select(i => i.Actions));
        Assert.Equal("Xã hội hóa", record.Items[1].Funding);
    }

    [Fact]
    public void A_second_table_keyed_by_row_number_completes_the_items_of_the_plan_table()
    {
        var record = Parse(
            Table(Row("STT", "Tiêu chí", "Mục tiêu", "Biện pháp"), Row("1", "Tiêu chí 5.3", "Học sinh có câu lạc bộ", "Thành lập 02 câu lạc bộ"), Row("2", "Tiêu chí 3.2", "Phòng học đủ ánh sáng", "Thay 24 bộ đèn")),
            Line("Tổ chức thực hiện"),
            Table(Row("STT (theo mục III)", "Người chủ trì", "Thời gian", "Kinh phí", "Nguồn"), Row("1", "Phó Hiệu trưởng", "Tháng 10/2024", "Không", ""), Row("2", "Hiệu trưởng", "Hè 2025", "68.000.000 đồng", "Ngân sách huyện")));
        Assert.Equal(["5.3", "3.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Phó Hiệu trưởng", "Hiệu trưởng"], record.Items.Select(i => i.Lead));
        Assert.Equal(68_000_000L, record.Items[1].Budget?.Vnd);
    }

    [Fact]
    public void A_budget_table_keyed_by_criterion_gives_the_money_of_the_plan_rows()
    {
        var record = Parse(
            Table(Row("TT", "Tiêu chí", "Mục tiêu", "Giải pháp", "Thời gian"), Row("1", "3.1. Khuôn viên", "Sân được đổ bê tông", "Đổ bê tông 800 m2", "Hè 2025"), Row("2", "3.6. Thư viện", "Thư viện có máy tính", "Mua 04 máy tính", "Quý I/2025")),
            Line("DỰ TOÁN KINH PHÍ"),
            Table(Row("TT", "Nội dung chi", "Tiêu chí", "Kinh phí (đồng)", "Nguồn"), Row("1", "Đổ bê tông sân", "3.1", "360.000.000", "Ngân sách tỉnh"), Row("2", "Máy tính thư viện", "3.6", "64.000.000", "Chi thường xuyên"), Row("", "Cộng", "", "424.000.000", "")));
        Assert.Equal(2, record.Items.Count);
        Assert.Equal([360_000_000L, 64_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
        Assert.Equal("Đổ bê tông 800 m2", record.Items[0].Actions);
    }

    [Fact]
    public void Term_headings_give_their_period_to_the_rows_of_the_tables_under_them()
    {
        var columns = Row("TT", "Tiêu chí", "Nội dung", "Biện pháp", "Kinh phí");
        var record = Parse(
            Line("1. Học kỳ I năm học 2024-2025", TextKind.Heading), Table(columns, Row("1", "2.2", "Giáo viên được bồi dưỡng", "Cử 03 giáo viên dự lớp", "Không")),
            Line("2. Hè 2025", TextKind.Heading), Table(columns, Row("1", "3.1", "Sân có mái che", "Lắp mái che 250 m2", "185.000.000 đ")));
        Assert.Equal(["2.2", "3.1"], record.Items.Select(i => i.Criterion));
        Assert.Equal([("2024-09", "2025-01"), ("2025-06", "2025-08")], record.Items.Select(i => (i.Timeline?.Start, i.Timeline?.End)));
    }

    [Fact]
    public void A_text_result_column_in_letters_and_roman_levels_gives_the_assessments()
    {
        var record = Parse(Table(Row("Tiêu chí", "Kết quả tự đánh giá", "Nội dung chưa đạt"), Row("3.1", "M2", ""), Row("3.2", "Mức II", ""), Row("3.3", "Đạt mức 1", ""), Row("3.4", "Chưa đạt", "Thiếu phòng")));
        Assert.Equal(["muc-2", "muc-2", "muc-1", "khong-dat"], record.Assessments.Select(a => a.Result));
    }

    [Fact]
    public void A_viec_can_lam_column_is_the_actions()
    {
        var record = Parse(Table(Row("TT", "Tiêu chí", "Việc cần làm", "Thời gian"), Row("1", "3.6", "Mua 300 đầu sách", "Tháng 10/2024")));
        Assert.Equal("Mua 300 đầu sách", Assert.Single(record.Items).Actions);
    }

    [Fact]
    public void A_field_table_naming_its_criterion_by_name_is_one_item()
    {
        var record = Parse(
            Line("Nội dung 1"),
            Table(Row("Tiêu chí", "Thư viện"), Row("Mục tiêu", "Thư viện đủ sách"), Row("Biện pháp", "Mua 300 đầu sách"), Row("Kinh phí", "30 triệu đồng")),
            Line("Nội dung 2"),
            Table(Row("Tiêu chí", "TC 3 - tiêu chí 1"), Row("Mục tiêu", "Sân có bóng mát"), Row("Biện pháp", "Trồng 20 cây xanh"), Row("Kinh phí", "12 triệu đồng")));
        Assert.Equal(["3.6", "3.1"], record.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void A_dot_leader_form_per_item_gives_one_item_per_form()
    {
        var record = ParseText("PHIẾU SỐ 1\nTiêu chí cần cải tiến: ..........TC 3 - tiêu chí 1..........\nMục tiêu cần đạt: ..........Sân tập có mái che..........\nKinh phí dự kiến: ..........250.000.000đ..........\nNguồn kinh phí: ....................\n\n"
            + "PHIẾU SỐ 2\nTiêu chí cần cải tiến: …………TC 1 - tiêu chí 10…………\nBiện pháp thực hiện: …………Diễn tập phòng cháy…………\nThời gian hoàn thành: …………Tháng 5/2025…………\n");
        Assert.Equal(["3.1", "1.10"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Sân tập có mái che", record.Items[0].Target);
        Assert.Equal(250_000_000L, record.Items[0].Budget?.Vnd);
        Assert.Equal("Diễn tập phòng cháy", record.Items[1].Actions);
    }

    [Fact]
    public void A_form_of_label_lines_each_answered_on_the_next_line_gives_one_item_per_form()
    {
        var record = ParseText("Nội dung cải tiến 1\nTiêu chí cần cải tiến (ghi số hiệu)\n5.2\nMục tiêu cần đạt\nTrẻ được ngủ trưa đủ giấc\nCác biện pháp thực hiện\nMua bổ sung 40 bộ chăn, gối\nKinh phí dự kiến\n18.500.000đ\n\n"
            + "Nội dung cải tiến 2\nTiêu chí cần cải tiến (ghi số hiệu)\n3.3\nMục tiêu cần đạt\nCó phòng y tế riêng\nThời gian thực hiện\nQuý IV/2025\n");
        Assert.Equal(["5.2", "3.3"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Mua bổ sung 40 bộ chăn, gối", record.Items[0].Actions);
        Assert.Equal(18_500_000L, record.Items[0].Budget?.Vnd);
        Assert.Equal("Có phòng y tế riêng", record.Items[1].Target);
    }

    [Fact]
    public void Field_tables_copied_as_label_tab_answer_lines_give_one_item_per_table()
    {
        var record = ParseText("Nội dung 1\nTiêu chí được cải tiến\tTC 1 - tiêu chí 10\nYêu cầu đạt được\tHọc sinh biết bơi\nNhiệm vụ, giải pháp\tMở lớp dạy bơi\nKinh phí dự kiến\t5 triệu đồng\n\n"
            + "Nội dung 2\nTiêu chí được cải tiến\tKhuôn viên, khu sân chơi, bãi tập\nYêu cầu đạt được\tCó tường rào\nNhiệm vụ, giải pháp\tXây tường rào 60 m\nKinh phí dự kiến\t2 tỷ 350 triệu đồng\n");
        Assert.Equal(["1.10", "3.1"], record.Items.Select(i => i.Criterion));
        Assert.Equal(["Mở lớp dạy bơi", "Xây tường rào 60 m"], record.Items.Select(i => i.Actions));
        Assert.Equal([5_000_000L, 2_350_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
    }

    [Fact]
    public void The_row_of_column_numbers_under_the_header_is_no_item()
    {
        var record = Parse(Table(Row("TT", "Tiêu chí", "Biện pháp", "Kinh phí"), Row("(1)", "(2)", "(3)", "(4)"), Row("1", "TC 1 - tiêu chí 4", "Kiện toàn tổ chuyên môn", "Không")));
        Assert.Equal(["1.4"], record.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void A_lower_case_answer_run_on_to_its_label_line_is_cut_after_the_label_the_other_forms_write_alone()
    {
        var record = ParseText("Nội dung cải tiến 1\nTiêu chí cần cải tiến (ghi số hiệu)\n5.2\nMục tiêu cần đạt\nTrẻ được ngủ trưa đủ giấc\nThời gian thực hiện\ntháng 9-12/2025\nKinh phí dự kiến\n18.500.000đ\n\n"
            + "Nội dung cải tiến 2\nTiêu chí cần cải tiến (ghi số hiệu)\n3.3\nMục tiêu cần đạt\nCó phòng y tế riêng\nThời gian thực hiện\nQuý IV/2025\nKinh phí dự kiến\n35 triệu đồng\n");
        Assert.Equal(["5.2", "3.3"], record.Items.Select(i => i.Criterion));
        Assert.Equal([("2025-09", "2025-12"), ("2025-10", "2025-12")], record.Items.Select(i => (i.Timeline?.Start, i.Timeline?.End)));
        Assert.Equal([18_500_000L, 35_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
    }

    [Fact]
    public void A_form_criterion_line_giving_the_bare_code_names_that_criterion()
    {
        var record = ParseText("Cải tiến thứ 1\nTiêu chí: ..........3.3..........\nCác hoạt động: ..........Mở rộng phòng họp..........\nKinh phí thực hiện: ..........150 triệu đồng..........\n");
        Assert.Equal("3.3", Assert.Single(record.Items).Criterion);
    }
}
