using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the third held-out measurement (corpus/README.md, "Held-out measurement,
/// round 3"), each on inputs of its own rather than the held-out documents.</summary>
public sealed class HeldOutRoundThreeRuleTests
{
    private static readonly Provenance At = new("ke-hoach.docx", 1, 0);

    private static TableCell Cell(int column, string text, int span = 1, int rows = 1, bool merged = false) =>
        new(column, text, span, rows, merged);

    private static TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => Cell(c, t))]);

    private static TableRow Across(string text, int columns) => new([Cell(0, text, columns)]);

    /// <summary>A plan head (number, date, title, school) followed by the given blocks.</summary>
    private static PlanRecord Parse(params Block[] body)
    {
        Block[] head =
        [
            new TextBlock(TextKind.Paragraph, "Số: 31/KH-THKD", At),
            new TextBlock(TextKind.Paragraph, "Hòa Bình, ngày 09 tháng 10 năm 2024", At),
            new TextBlock(TextKind.Heading, "KẾ HOẠCH", At),
            new TextBlock(TextKind.Heading, "Cải tiến chất lượng giáo dục năm học 2024-2025", At),
            new TextBlock(TextKind.Paragraph, "Trường Tiểu học Kim Đồng xây dựng kế hoạch như sau:", At),
        ];
        var result = new PlanParser().Parse(SourceDocument.Create("ke-hoach.docx", "docx", [.. head, .. body]));
        Assert.True(result.IsSuccess, result.Error);
        return Assert.Single(result.Value);
    }

    [Fact]
    public void Whole_plan_in_one_two_column_table_gives_an_item_per_full_width_criterion_row()
    {
        var table = new TableBlock(
        [
            Row("Nội dung", "Thông tin"),
            Across("Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng", 2),
            Row("Mục tiêu", "Phó hiệu trưởng hoàn thành lớp bồi dưỡng cán bộ quản lý"),
            Row("Giải pháp", "Cử đi học theo kế hoạch của Phòng"),
            Row("Người phụ trách", "Hiệu trưởng"),
            Row("Thời gian", "Quý II/2025"),
            Row("Kinh phí", "8 triệu đồng"),
            Across("Tiêu chí 3.5: Thiết bị", 2),
            Row("Mục tiêu", "Mua 06 máy chiếu cho các lớp 4, 5"),
            Row("Người phụ trách", "Kế toán"),
            Row("Thời gian", "Hè 2025"),
            Row("Kinh phí", "90.000.000 đồng"),
            Row("Nguồn kinh phí", "Ngân sách huyện"),
        ], At);
        var record = Parse(table);
        Assert.Equal(["2.1", "3.5"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Đối với hiệu trưởng, phó hiệu trưởng", record.Items[0].CriterionName);
        Assert.Equal((8_000_000L, (string?)"2025-04"), (record.Items[0].Budget!.Vnd!.Value, record.Items[0].Timeline!.Start));
        Assert.Equal("Kế toán", record.Items[1].Lead);
        Assert.Equal("Ngân sách huyện", record.Items[1].Funding);
    }

    [Fact]
    public void Two_column_table_of_sentences_is_not_a_table_of_labels()
    {
        var table = new TableBlock(
        [
            Row("Nội dung", "Ghi chú"),
            Row("Sân trường lát gạch năm 2010, nay nhiều chỗ vỡ", "Cần sửa trong năm"),
            Row("Thư viện có 3.200 bản sách", "Đạt"),
            Row("Phòng Tin học có 20 máy", "Thiếu 15 máy"),
        ], At);
        Assert.False(KeyValueTables.IsKeyValue(table));
    }

    [Theory]
    [InlineData("Tiêu chí 1.1 – 1.3", 1)]
    [InlineData("Tiêu chí 3.1 và 3.2: Khuôn viên; phòng học", 3)]
    [InlineData("TC 5.1, 5.2", 5)]
    [InlineData("Tiêu chí 2.2 đến tiêu chí 2.4", 2)]
    public void Group_of_criteria_names_only_their_standard(string text, int standard)
    {
        var reference = CriterionReferences.Parse(text);
        Assert.NotNull(reference);
        Assert.True(reference!.IsStandardOnly);
        Assert.Equal(standard, reference.Standard);
    }

    [Theory]
    [InlineData("Tiêu chí 3.1 - Khuôn viên, khu sân chơi, bãi tập", "3.1")]
    [InlineData("Tiêu chí 1.10: Đảm bảo an ninh trật tự, an toàn trường học", "1.10")]
    [InlineData("Tiêu chí 2.1 - 3.2", "2.1")]
    public void A_single_criterion_stays_one_criterion(string text, string code) =>
        Assert.Equal(code, CriterionReferences.Parse(text)?.Code);

    [Fact]
    public void Row_for_a_group_of_criteria_is_an_item_of_the_standard_without_a_criterion()
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Người thực hiện", "Thời gian", "Kinh phí"),
            Row("1", "Tiêu chí 1.2 – 1.4", "Sắp xếp hồ sơ các hội đồng", "Hiệu trưởng", "Tháng 11/2024", "Không"),
            Row("2", "Tiêu chí 3.6: Thư viện", "Bổ sung 300 bản sách", "Nhân viên thư viện", "Quý I/2025", "20 triệu đồng"),
        ], At);
        var record = Parse(table);
        Assert.Equal(2, record.Items.Count);
        Assert.Equal((1, (string?)null, (string?)null), (record.Items[0].Standard!.Value, record.Items[0].Criterion, record.Items[0].CriterionName));
        Assert.Equal("Sắp xếp hồ sơ các hội đồng", record.Items[0].Target);
        Assert.Equal("3.6", record.Items[1].Criterion);
    }

    [Fact]
    public void Lead_time_and_source_merged_over_several_criteria_belong_to_each_but_an_amount_does_not()
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Người phụ trách", "Thời gian", "Kinh phí", "Nguồn kinh phí"),
            new([Cell(0, "1"), Cell(1, "3.1"), Cell(2, "Lát lại sân trường"), Cell(3, "Hiệu trưởng", rows: 2), Cell(4, "Hè 2025", rows: 2), Cell(5, "600 triệu đồng", rows: 2), Cell(6, "Ngân sách huyện", rows: 2)]),
            new([Cell(0, "2"), Cell(1, "3.2"), Cell(2, "Chống thấm 04 phòng học"), Cell(3, "", merged: true), Cell(4, "", merged: true), Cell(5, "", merged: true), Cell(6, "", merged: true)]),
            Row("3", "3.6", "Mua kệ sách", "Nhân viên thư viện", "Quý I/2025", "15 triệu đồng", "Xã hội hóa"),
        ], At);
        var record = Parse(table);
        var second = ParserFixture.Item(record, "3.2");
        Assert.Equal(("Hiệu trưởng", "2025-06", "Ngân sách huyện"), (second.Lead, second.Timeline?.Start, second.Funding));
        Assert.Null(second.Budget);
        Assert.Equal(600_000_000L, ParserFixture.Item(record, "3.1").Budget?.Vnd);
    }

    [Theory]
    [InlineData("Tổng cộng")]
    [InlineData("**Tổng**")]
    [InlineData("Cộng")]
    public void Total_row_is_not_an_item(string label)
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí"),
            Row("1", "3.2", "Thay mái tôn 06 phòng học", "Hè 2025", "400 triệu đồng"),
            Row("2", "3.5", "Mua 10 ti vi", "Quý IV/2024", "100 triệu đồng"),
            Row("", label, "", "", "500 triệu đồng"),
        ], At);
        var record = Parse(table);
        Assert.Equal(["3.2", "3.5"], record.Items.Select(i => i.Criterion));
        Assert.Equal(100_000_000L, record.Items[1].Budget?.Vnd);
    }

    [Fact]
    public void Weakness_column_of_the_plan_table_gives_the_weaknesses_once_each()
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Điểm yếu", "Nội dung cải tiến", "Thời gian", "Kinh phí"),
            new([Cell(0, "1"), Cell(1, "3.1"), Cell(2, "Khu vệ sinh và sân sau\nbị ngập khi mưa.", rows: 2), Cell(3, "Nâng nền sân sau"), Cell(4, "Hè 2025"), Cell(5, "200 triệu đồng")]),
            new([Cell(0, "2"), Cell(1, "3.4"), Cell(2, "", merged: true), Cell(3, "Làm lại rãnh thoát nước khu vệ sinh"), Cell(4, "Hè 2025"), Cell(5, "80 triệu đồng")]),
            Row("3", "2.2", "Giáo viên ít dùng học liệu số.", "Tập huấn học liệu số", "Quý I/2025", "Không"),
        ], At);
        var record = Parse(table);
        Assert.Equal(["Khu vệ sinh và sân sau bị ngập khi mưa.", "Giáo viên ít dùng học liệu số."], record.Weaknesses);
        Assert.Equal(3, record.Items.Count);
    }

    [Theory]
    [InlineData("Lồng ghép")]
    [InlineData("Lồng ghép.")]
    [InlineData("Theo dự toán được duyệt")]
    [InlineData("Theo thực tế")]
    public void Statement_of_how_the_cost_is_handled_is_neither_amount_nor_source(string cell)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.Null(parse.Budget);
        Assert.Null(parse.Funding);
    }

    [Fact]
    public void Source_named_beside_no_amount_is_still_a_source() =>
        Assert.Equal("Ngân sách huyện", MoneyParser.ParseDetailed("Ngân sách huyện").Funding);

    [Theory]
    [InlineData("Ba trăm triệu đồng", 300_000_000L, "Ba trăm triệu đồng")]
    [InlineData("Một tỷ hai trăm năm mươi triệu đồng", 1_250_000_000L, "Một tỷ hai trăm năm mươi triệu đồng")]
    [InlineData("Hai mươi lăm triệu", 25_000_000L, "Hai mươi lăm triệu")]
    [InlineData("Bốn trăm linh năm nghìn đồng", 405_000L, "Bốn trăm linh năm nghìn đồng")]
    [InlineData("Mười hai triệu đồng (Xã hội hóa)", 12_000_000L, "Mười hai triệu đồng")]
    [InlineData("Khoảng tám mươi triệu đồng", 80_000_000L, "tám mươi triệu đồng")]
    public void Amount_written_in_words_is_read(string cell, long vnd, string text)
    {
        var budget = MoneyParser.ParseBudget(cell);
        Assert.Equal(vnd, budget?.Vnd);
        Assert.Equal(text, budget?.Text);
    }

    [Theory]
    [InlineData("Năm học 2024-2025")]
    [InlineData("Tạm thời chưa có")]
    [InlineData("Hai nguồn: ngân sách và xã hội hóa")]
    [InlineData("Không")]
    public void Words_that_are_not_an_amount_give_none(string cell) => Assert.Null(MoneyParser.ParseBudget(cell));

    [Fact]
    public void Mười_hai_triệu_đồng_in_words_leaves_its_bracketed_source() =>
        Assert.Equal("Xã hội hóa", MoneyParser.ParseDetailed("Mười hai triệu đồng (Xã hội hóa)").Funding);

    [Fact]
    public void Count_after_a_semicolon_continues_the_weakness_but_a_capital_starts_the_next()
    {
        var record = ParserFixture.Single(ParserFixture.WithHead(
            "Hạn chế:\n- Còn 02 giáo viên chưa đạt chuẩn trình độ; 03 nhân viên chưa có chứng chỉ nghề.\n- Thư viện chưa đạt chuẩn; Sân chơi còn hẹp.\n\n" +
            "Tiêu chí\tNội dung\tThời gian\tKinh phí\n3.6\tBổ sung sách\tQuý I/2025\t10 triệu đồng\n"));
        Assert.Equal(["Còn 02 giáo viên chưa đạt chuẩn trình độ; 03 nhân viên chưa có chứng chỉ nghề.", "Thư viện chưa đạt chuẩn", "Sân chơi còn hẹp."], record.Weaknesses);
    }

    [Theory]
    [InlineData("Tuần 3 tháng 10/2024", "2024-10", "2024-10")]
    [InlineData("Từ tháng 9/2024 đến hết tháng 5/2025", "2024-09", "2025-05")]
    [InlineData("Tháng 6 - 7/2025", "2025-06", "2025-07")]
    [InlineData("Quý IV/2024 - Quý II/2025", "2024-10", "2025-06")]
    [InlineData("Quý I - Quý II/2025", "2025-01", "2025-06")]
    [InlineData("Năm học 2024 - 2025 và 2025 - 2026", "2024-09", "2026-05")]
    [InlineData("Từ 15/10/2024 đến 30/11/2024", "2024-10", "2024-11")]
    public void Timeline_forms_of_the_third_held_out_round_are_read(string text, string start, string end)
    {
        var timeline = TimelineParser.Parse(text, 2024, 2025);
        Assert.Equal((start, end), (timeline?.Start, timeline?.End));
    }

    [Theory]
    [InlineData("1,2 tỉ", 1_200_000_000L)]
    [InlineData("500tr", 500_000_000L)]
    [InlineData("0,45 tỷ đồng", 450_000_000L)]
    [InlineData("1.200.000.000đ.", 1_200_000_000L)]
    public void Amount_forms_of_the_third_held_out_round_are_read(string cell, long vnd) =>
        Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("Sửa chữa máy hỏng; mua bổ sung 22 máy tính cho phòng Tin học")]
    [InlineData("Sửa chữa 03 máy chiếu ở phòng học dãy A")]
    public void Repairing_a_device_is_no_building_repair_even_beside_a_room(string text) =>
        Assert.DoesNotContain("sua-chua", GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems));

    [Fact]
    public void Repairing_a_roof_beside_devices_is_still_a_repair() =>
        Assert.Contains("sua-chua", GapLexicon.Classify("Sửa chữa mái phòng Tin học, thay 10 máy tính", GapLexiconOptions.ForPlanItems));

    [Fact]
    public void Office_building_for_teachers_is_the_administration_block() =>
        Assert.Equal(["khoi-hanh-chinh"], GapLexicon.Classify("Xây mới nhà làm việc của tổ chuyên môn gồm 04 phòng", GapLexiconOptions.ForPlanItems));

    [Fact]
    public void Training_in_library_work_is_no_library_gap() =>
        Assert.Empty(GapLexicon.Classify("02 nhân viên có chứng chỉ bồi dưỡng nghiệp vụ thư viện, thiết bị", GapLexiconOptions.ForPlanItems));
}
