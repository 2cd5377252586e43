using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Readers.Text;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the fourth held-out measurement (corpus/README.md, "Held-out measurement,
/// round 4"), each on inputs of its own rather than the held-out documents.</summary>
public sealed class HeldOutRoundFourRuleTests
{
    private static readonly Provenance At = new("ke-hoach.docx", 1, 0);

    private static TableCell Cell(int column, string text, int span = 1) => new(column, text, span);

    private static TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => Cell(c, t))]);

    private static TextBlock Line(string text, TextKind kind = TextKind.Paragraph) => new(kind, text, At);

    /// <summary>A plan head (number, date 09/10/2024, title, school) followed by the given blocks.</summary>
    private static PlanRecord Parse(params Block[] body)
    {
        Block[] head =
        [
            Line("Số: 12/KH-THPĐ"),
            Line("Yên Bình, ngày 09 tháng 10 năm 2024"),
            Line("KẾ HOẠCH", TextKind.Heading),
            Line("Cải tiến chất lượng giáo dục năm học 2024-2025", TextKind.Heading),
            Line("Trường Tiểu học Phan Đình Phùng xây dựng kế hoạch như sau:"),
        ];
        var result = new PlanParser().Parse(SourceDocument.Create("ke-hoach.docx", "docx", [.. head, .. body]));
        Assert.True(result.IsSuccess, result.Error);
        return Assert.Single(result.Value);
    }

    [Theory]
    [InlineData("Tiêu chuẩn III: Cơ sở vật chất và thiết bị dạy học", 3)]
    [InlineData("TIÊU CHUẨN V. HOẠT ĐỘNG GIÁO DỤC VÀ KẾT QUẢ GIÁO DỤC", 5)]
    [InlineData("Tiêu chuẩn IV – Quan hệ giữa nhà trường, gia đình và xã hội", 4)]
    public void Roman_standard_heading_names_its_standard(string text, int standard)
    {
        var reference = CriterionReferences.Parse(text);
        Assert.True(reference is { IsStandardOnly: true }, text);
        Assert.Equal(standard, reference!.Standard);
    }

    [Theory]
    [InlineData("Tiêu chí 4 (tiêu chuẩn 2) – Đối với học sinh", "2.4", "Đối với học sinh")]
    [InlineData("tiêu chí 10 (tiêu chuẩn 1)", "1.10", null)]
    [InlineData("Tiêu chuẩn III – tiêu chí 5: Thiết bị", "3.5", "Thiết bị")]
    public void Criterion_with_its_standard_in_brackets_or_in_roman_numerals(string text, string code, string? name)
    {
        var reference = CriterionReferences.Parse(text);
        Assert.Equal((code, name), (reference?.Code, reference?.Name));
    }

    [Fact]
    public void Index_only_criterion_under_a_roman_standard_row_is_that_standards()
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Người thực hiện", "Thời gian", "Kinh phí"),
            new([Cell(0, "TIÊU CHUẨN III: CƠ SỞ VẬT CHẤT", 6)]),
            Row("1", "Tiêu chí 6: Thư viện", "Bổ sung 200 bản sách", "Nhân viên thư viện", "Quý I/2025", "12 triệu đồng"),
            new([Cell(0, "TIÊU CHUẨN II: CÁN BỘ QUẢN LÝ, GIÁO VIÊN", 6)]),
            Row("2", "Tiêu chí 2: Đối với giáo viên", "Bồi dưỡng chuyên môn", "Hiệu trưởng", "Hè 2025", "Không"),
        ], At);
        var record = Parse(table);
        Assert.Equal(["3.6", "2.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Thư viện", record.Items[0].CriterionName);
    }

    [Fact]
    public void Numbered_objective_is_the_target_of_the_criterion_line_under_it()
    {
        var record = Parse(
            Line("Mục tiêu 1: Khu vệ sinh học sinh đủ và sạch"),
            Line("Tiêu chí: tiêu chí 4 (tiêu chuẩn 3) – Khu vệ sinh, hệ thống cấp thoát nước"),
            Line("- Biện pháp: Xây thêm 02 phòng vệ sinh; lắp bồn rửa tay.", TextKind.ListItem),
            Line("- Thời gian: Hè 2025", TextKind.ListItem),
            Line("- Kinh phí: 90 triệu đồng", TextKind.ListItem),
            Line("Mục tiêu 2: Giáo viên dùng thành thạo học liệu số"),
            Line("Tiêu chí liên quan: TC 2.2"),
            Line("- Người thực hiện: Tổ trưởng chuyên môn", TextKind.ListItem),
            Line("- Thời gian: Quý I/2025", TextKind.ListItem));
        Assert.Equal(["3.4", "2.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal("Khu vệ sinh học sinh đủ và sạch", record.Items[0].Target);
        Assert.Equal("Khu vệ sinh, hệ thống cấp thoát nước", record.Items[0].CriterionName);
        Assert.Equal(90_000_000L, record.Items[0].Budget?.Vnd);
        Assert.Equal(("Giáo viên dùng thành thạo học liệu số", "Tổ trưởng chuyên môn"), (record.Items[1].Target, record.Items[1].Lead));
    }

    [Fact]
    public void Numbered_objectives_under_a_criterion_stay_its_targets()
    {
        var record = Parse(
            Line("Tiêu chí 3.6: Thư viện"),
            Line("- Mục tiêu 1: Bổ sung 300 bản sách tham khảo", TextKind.ListItem),
            Line("- Mục tiêu 2: Sắp xếp lại kho sách", TextKind.ListItem),
            Line("- Thời gian: Quý I/2025", TextKind.ListItem),
            Line("- Kinh phí: 15 triệu đồng", TextKind.ListItem));
        Assert.NotEmpty(record.Items);
        Assert.All(record.Items, i => Assert.Equal("3.6", i.Criterion));
        Assert.Equal("Bổ sung 300 bản sách tham khảo", record.Items[0].Target);
    }

    [Fact]
    public void Table_with_a_column_per_criterion_gives_an_item_per_column()
    {
        var table = new TableBlock(
        [
            Row("Nội dung", "Tiêu chí 3.2", "Tiêu chí 3.5"),
            Row("Điểm yếu", "Hai phòng học bị thấm dột.", "Thiếu máy chiếu cho lớp 5."),
            Row("Mục tiêu", "Chống thấm 02 phòng học", "Mỗi lớp 5 có một máy chiếu"),
            Row("Người phụ trách", "Hiệu trưởng", "Kế toán"),
            Row("Thời gian", "Hè 2025", "Quý IV/2024"),
            Row("Kinh phí", "60 triệu đồng", "45.000.000 đồng"),
            Row("Nguồn kinh phí", "Ngân sách huyện", "Xã hội hóa"),
        ], At);
        var record = Parse(table);
        Assert.Equal(["3.2", "3.5"], record.Items.Select(i => i.Criterion));
        Assert.Equal(("Chống thấm 02 phòng học", "Hiệu trưởng", 60_000_000L, "Ngân sách huyện"),
            (record.Items[0].Target, record.Items[0].Lead, record.Items[0].Budget!.Vnd!.Value, record.Items[0].Funding));
        Assert.Equal(("2024-10", "Xã hội hóa"), (record.Items[1].Timeline?.Start, record.Items[1].Funding));
        Assert.Equal(["Hai phòng học bị thấm dột.", "Thiếu máy chiếu cho lớp 5."], record.Weaknesses);
    }

    [Fact]
    public void Table_whose_first_row_is_not_criteria_stays_as_written()
    {
        var table = new TableBlock(
        [
            Row("Nội dung", "Năm 2024", "Năm 2025"),
            Row("Mục tiêu", "a", "b"),
            Row("Thời gian", "c", "d"),
            Row("Kinh phí", "e", "f"),
        ], At);
        Assert.Same(table, TransposedTables.Upright(table));
    }

    [Fact]
    public void Grid_table_cells_are_cut_at_the_rule_marks_and_their_wrapped_lines_joined()
    {
        string[] lines =
        [
            "+----+--------------+------------+",
            "| TT | Nội dung     | Thời gian  |",
            "+====+==============+============+",
            "| 1  | Lát lại sân  | Từ tháng   |",
            "|    | trường       | 9/2024     |",
            "+----+--------------+------------+",
            "| 2  | Mua 05 bộ    | Hè 2025    |",
            "|    | bàn ghế      |            |",
            "+----+--------------+------------+",
            "Nơi nhận:",
        ];
        var table = new GridTableScanner().TryScan(lines, 0);
        Assert.NotNull(table);
        Assert.Equal(9, table!.End);
        Assert.Equal(["TT", "Nội dung", "Thời gian"], table.Rows[0]);
        Assert.Equal(["1", "Lát lại sân trường", "Từ tháng 9/2024"], table.Rows[1]);
        Assert.Equal(["2", "Mua 05 bộ bàn ghế", "Hè 2025"], table.Rows[2]);
    }

    [Fact]
    public void A_dashed_line_is_not_a_grid_table() =>
        Assert.Null(new GridTableScanner().TryScan(["+--------+", "Số: 12/KH-TH", "+--------+"], 0));

    [Theory]
    [InlineData("Kinh phí (nguồn)", "Budget")]
    [InlineData("Dự kiến kinh phí (nguồn kinh phí)", "Budget")]
    [InlineData("Nguồn kinh phí", "Funding")]
    [InlineData("Kinh phí (đồng)", "Budget")]
    [InlineData("Thời gian thực hiện (dự kiến)", "Timeline")]
    public void Amount_header_naming_its_source_in_brackets_is_the_amount_column(string header, string role) =>
        Assert.Equal(role, HeaderVocabulary.RoleOf(header).ToString());

    [Theory]
    [InlineData("12.000.000 đ/bộ x 5 bộ", 60_000_000L)]
    [InlineData("40.000.000/phòng x 2 phòng", 80_000_000L)]
    [InlineData("3 triệu đồng/01 lớp x 10 lớp", 30_000_000L)]
    public void Price_per_unit_times_a_count_is_the_product(string cell, long vnd) =>
        Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Fact]
    public void Price_per_unit_without_a_count_is_the_price() =>
        Assert.Equal(15_000_000L, MoneyParser.ParseBudget("15.000.000 đồng/bộ")?.Vnd);

    [Theory]
    [InlineData("30 triệu/năm", "30 triệu/năm", 30_000_000L)]
    [InlineData("1.500.000.000 (một tỷ năm trăm triệu đồng)", "1.500.000.000 (một tỷ năm trăm triệu đồng)", 1_500_000_000L)]
    public void Rate_period_and_amount_in_words_stay_in_the_budget_text_and_are_no_source(string cell, string text, long vnd)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.Equal((text, (long?)vnd), (parse.Budget?.Text, parse.Budget?.Vnd));
        Assert.Null(parse.Funding);
    }

    [Fact]
    public void Bracket_naming_a_source_after_an_amount_is_still_the_source()
    {
        var parse = MoneyParser.ParseDetailed("36 triệu đồng (Kinh phí chi thường xuyên)");
        Assert.Equal(("36 triệu đồng", "Kinh phí chi thường xuyên"), (parse.Budget?.Text, parse.Funding));
    }

    [Theory]
    [InlineData("Từ nay đến hết năm 2025", true)]
    [InlineData("Kể từ nay đến tháng 5/2025", true)]
    [InlineData("Từ tháng 9/2024 đến hết năm 2025", false)]
    [InlineData("Năm 2025", false)]
    public void From_now_is_recognised(string text, bool fromNow) =>
        Assert.Equal(fromNow, TimelineParser.StartsFromNow(text));

    [Theory]
    [InlineData("2024-10", "2024-10")]
    [InlineData(null, null)]
    [InlineData("2026-03", null)]
    public void From_now_starts_at_the_issue_month_when_known_and_not_after_the_end(string? issued, string? start)
    {
        var timeline = TimelineParser.Parse("Từ nay đến hết năm 2025", 2024, 2025, issued);
        Assert.Equal((start, (string?)"2025-12"), (timeline?.Start, timeline?.End));
    }

    [Fact]
    public void From_now_starts_in_the_month_of_the_document()
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí"),
            Row("1", "3.6", "Bổ sung 200 bản sách", "Từ nay đến hết năm 2025", "12 triệu đồng"),
        ], At);
        var timeline = Parse(table).Items.Single().Timeline;
        Assert.Equal(("2024-10", "2025-12"), (timeline?.Start, timeline?.End));
    }

    [Theory]
    [InlineData("0đ")]
    [InlineData("0 đồng")]
    public void Stated_zero_is_no_budget_and_no_doubt(string amount)
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí"),
            Row("1", "3.6", "Luân chuyển sách giữa các lớp", "Quý I/2025", amount),
        ], At);
        var record = Parse(table);
        Assert.Null(record.Items.Single().Budget);
        Assert.DoesNotContain(record.Warnings, w => w.Message.Contains("no amount understood", StringComparison.Ordinal));
    }

    [Fact]
    public void Posting_line_under_a_web_page_title_does_not_continue_the_title()
    {
        var result = new PlanParser().Parse(SourceDocument.Create("trang.txt", "txt",
        [
            Line("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024 - 2025"),
            Line("Ngày đăng: 12/10/2024 | Lượt xem: 57"),
            Line("Trường Tiểu học Kim Đồng xây dựng kế hoạch như sau:"),
            Line("Tiêu chí 3.6: Thư viện"),
            Line("- Thời gian: Quý I/2025", TextKind.ListItem),
        ]));
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Kế hoạch cải tiến chất lượng giáo dục năm học 2024 - 2025", result.Value[0].Document.Title);
    }
}
