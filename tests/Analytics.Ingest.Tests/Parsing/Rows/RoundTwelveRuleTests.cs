using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Rows;

/// <summary>Classes of layout held-out round 12 showed, each rule on several forms written here (not round 12's
/// documents): several criterion codes in one cell, weaknesses referred to by their label, procurement columns,
/// abbreviated headers with a unit, labelled "Nguồn lực" cells, inline lettered fields, hyphen codes, and a
/// criterion restated in brackets.</summary>
public sealed class RoundTwelveRuleTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("14/KH-THCS", "Tân Lập, ngày 02 tháng 10 năm 2025", "2025-2026", "Trường THCS Tân Lập xây dựng kế hoạch như sau:"), body);

    private static TableBlock Table(params TableRow[] rows) => new(rows, At);

    [Theory]
    [InlineData("2.2; 5.1", "2.2", "5.1")]
    [InlineData("3.4, 2.4", "3.4", "2.4")]
    [InlineData("5.2 và 5.6", "5.2", "5.6")]
    [InlineData("TC 1.3; TC 4.2", "1.3", "4.2")]
    [InlineData("Tiêu chí 2.1 và tiêu chí 5.3", "2.1", "5.3")]
    public void Several_codes_in_the_criterion_cell_give_the_first_and_keep_the_rest(string cell, string first, string related)
    {
        var record = Parse(Table(
            Row("STT", "Nội dung cải tiến", "Tiêu chí liên quan", "Thời gian", "Kinh phí"),
            Row("1", "Giáo viên dạy được STEM", cell, "Quý I/2026", "20 triệu đồng")));
        var item = Assert.Single(record.Items);
        Assert.Equal(first, item.Criterion);
        Assert.Equal([related], item.RelatedCriteria);
    }

    [Fact]
    public void A_range_of_codes_still_names_only_its_standard()
    {
        var record = Parse(Table(
            Row("TT", "Tiêu chí", "Biện pháp", "Thời gian"),
            Row("1", "1.1 - 1.3", "Rà soát hồ sơ quản lý", "Tháng 11/2025")));
        var item = Assert.Single(record.Items);
        Assert.Null(item.Criterion);
        Assert.Equal(1, item.Standard);
    }

    [Theory]
    [InlineData("- ĐY1 (Tiêu chí 3.1): Sân chơi chưa có mái che.", "- ĐY2 (Tiêu chí 2.2): Giáo viên chưa dạy STEM.", "ĐY1", "ĐY2")]
    [InlineData("- Điểm yếu 1 - Tiêu chí 3.1: Sân chơi chưa có mái che.", "- Điểm yếu 2 - Tiêu chí 2.2: Giáo viên chưa dạy STEM.", "Điểm yếu 1", "ĐY 2 (Tiêu chí 2.2)")]
    [InlineData("- Hạn chế 1 (TC 3.1): Sân chơi chưa có mái che.", "- Hạn chế 2 (TC 2.2): Giáo viên chưa dạy STEM.", "Hạn chế 1", "Hạn chế số 2")]
    public void A_weakness_cell_referring_to_a_listed_weakness_takes_its_criterion_and_adds_no_weakness(string first, string second, string cell1, string cell2)
    {
        var record = Parse(
            Line("I. ĐIỂM YẾU", TextKind.Heading), Line(first, TextKind.ListItem), Line(second, TextKind.ListItem),
            Table(
                Row("TT", "Điểm yếu cần khắc phục", "Nội dung cải tiến", "Thời gian", "Kinh phí"),
                Row("1", cell1, "Làm mái che sân chơi", "Hè 2026", "150 triệu đồng"),
                Row("2", cell2, "Tập huấn giáo dục STEM", "Quý IV/2025", "Không")));
        Assert.Equal(["3.1", "2.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal(2, record.Weaknesses.Count);
        Assert.DoesNotContain(record.Weaknesses, w => w.Length < 20);
    }

    [Theory]
    [InlineData("Đơn giá (đồng)", "Thành tiền (đồng)", "12.000.000", "240.000.000", 240_000_000L)]
    [InlineData("Đơn giá", "Thành tiền", "3.500.000", "70.000.000", 70_000_000L)]
    [InlineData("Đơn giá (triệu đồng)", "Tổng tiền (triệu đồng)", "3,5", "70", 70_000_000L)]
    public void A_procurement_table_budgets_the_total_not_the_unit_price(string priceHeader, string totalHeader, string price, string total, long vnd)
    {
        var record = Parse(Table(
            Row("STT", "Tiêu chí", "Hạng mục", "ĐVT", "Số lượng", priceHeader, totalHeader, "Thời gian"),
            Row("1", "3.5", "Mua bàn ghế học sinh", "bộ", "20", price, total, "Quý I/2026")));
        var item = Assert.Single(record.Items);
        Assert.Equal(vnd, item.Budget?.Vnd);
        Assert.Equal("Quý I/2026", item.Timeline?.Text);
    }

    [Theory]
    [InlineData("KP (tr.đ)", "7,5", 7_500_000L)]
    [InlineData("KP (triệu đồng)", "1.200", 1_200_000_000L)]
    [InlineData("KP (nghìn đồng)", "8.500", 8_500_000L)]
    public void An_abbreviated_budget_header_with_a_unit_scales_bare_numbers(string header, string cell, long vnd)
    {
        var record = Parse(Table(
            Row("TT", "TC", "NDCT", "Biện pháp", "Người TH", "TG", header, "Nguồn KP"),
            Row("1", "3.2", "Có phòng Tin học", "Mua máy tính", "Hiệu trưởng", "T6-T8/2026", cell, "Ngân sách")));
        var item = Assert.Single(record.Items);
        Assert.Equal(vnd, item.Budget?.Vnd);
        Assert.Equal("Ngân sách", item.Funding);
    }

    [Theory]
    [InlineData("Nguồn lực", "Nhân lực: giáo viên Tin học\nKinh phí: 40 triệu đồng (ngân sách tỉnh)", 40_000_000L, "ngân sách tỉnh")]
    [InlineData("Điều kiện thực hiện", "Nhân lực: tổ Văn phòng\nKinh phí: 12.000.000 đồng (XHH)", 12_000_000L, "XHH")]
    [InlineData("Nguồn lực", "Nhân lực: tổ Toán\nKinh phí: không", null, null)]
    public void A_resources_cell_of_staff_and_money_lines_gives_budget_and_funding(string header, string cell, long? vnd, string? funding)
    {
        var record = Parse(Table(
            Row("Tiêu chí", "Mục tiêu", "Hoạt động", "Thời gian", header, "Người chịu trách nhiệm"),
            Row("2.2", "Giáo viên dạy STEM", "Tập huấn", "Quý I/2026", cell, "Hiệu trưởng"),
            Row("3.5", "Đủ thiết bị", "Mua thiết bị", "Quý II/2026", cell, "Kế toán")));
        Assert.All(record.Items, item =>
        {
            Assert.Equal(vnd, item.Budget?.Vnd);
            Assert.Equal(funding, item.Funding);
            Assert.NotEqual("Hiệu trưởng; Kế toán", item.Lead);
        });
    }

    [Theory]
    [InlineData("1. Tiêu chí 1-8 (Quản lý hoạt động giáo dục): a) Mục tiêu: Giáo viên nộp kế hoạch đúng hạn; b) Biện pháp: Tổ trưởng duyệt hằng tuần; c) Người thực hiện: Phó Hiệu trưởng; d) Thời gian: Hàng tháng; đ) Kinh phí: không.", "1.8")]
    [InlineData("2. TC 3-2: a) Mục tiêu: Có phòng Ngoại ngữ; b) Biện pháp: Cải tạo phòng số 5; c) Người thực hiện: Hiệu trưởng; d) Thời gian: Quý I/2025; đ) Kinh phí: 90 triệu đồng.", "3.2")]
    [InlineData("3. Tiêu chí 2.4: a) Mục tiêu: Học sinh rèn luyện tốt. b) Biện pháp: Sinh hoạt lớp theo chủ đề. c) Thời gian: Cả năm học. d) Kinh phí: 5 triệu đồng.", "2.4")]
    public void A_paragraph_of_lettered_inline_fields_is_one_item(string paragraph, string criterion)
    {
        var record = Parse(Line("II. NỘI DUNG CẢI TIẾN", TextKind.Heading), Line(paragraph));
        var item = Assert.Single(record.Items);
        Assert.Equal(criterion, item.Criterion);
        Assert.NotNull(item.Timeline);
        Assert.DoesNotContain(")", item.Target ?? "");
    }

    [Theory]
    [InlineData("1. Tiêu chí 6 (TC 1.6): Quản lý tài chính và tài sản", "1.6")]
    [InlineData("Tiêu chí 4 (tiêu chí 3.4): Khối phòng tổ chức ăn", "3.4")]
    public void A_criterion_restated_in_brackets_opens_one_item_named_after_the_bracket(string heading, string criterion)
    {
        var record = Parse(
            Line("Tiêu chuẩn 1. Tổ chức và quản lý", TextKind.Heading),
            Line(heading, TextKind.Heading),
            Line("a) Mục tiêu: Việc kiểm kê đúng hạn.", TextKind.ListItem),
            Line("b) Biện pháp: Kiểm kê cuối mỗi học kỳ.", TextKind.ListItem),
            Line("c) Thời gian: HKI năm học 2025-2026.", TextKind.ListItem),
            Line("d) Kinh phí: 6 triệu đồng.", TextKind.ListItem));
        var item = Assert.Single(record.Items);
        Assert.Equal(criterion, item.Criterion);
        Assert.Equal(heading[(heading.IndexOf("):", StringComparison.Ordinal) + 2)..].Trim(), item.CriterionName);
        Assert.Equal(6_000_000L, item.Budget?.Vnd);
    }

    [Theory]
    [InlineData("Đạt", "Đạt", "Không đạt", "muc-2")]
    [InlineData("Đạt", "Không đạt", "Không đạt", "muc-1")]
    [InlineData("Đạt", "Đạt", "Đạt", "muc-3")]
    [InlineData("Không đạt", "Không đạt", "Không đạt", "khong-dat")]
    [InlineData("Đạt", "Chưa đạt", "", "muc-1")]
    public void A_grid_of_reached_or_not_per_level_gives_the_highest_level_reached(string one, string two, string three, string result)
    {
        var record = Parse(
            Table(Row("Tiêu chí", "Tên tiêu chí", "Mức 1", "Mức 2", "Mức 3"), Row("3.1", "Khuôn viên", one, two, three),
                Row("3.2", "Phòng học", "Đạt", "Không đạt", "Không đạt")),
            Table(Row("TT", "Tiêu chí", "Mục tiêu", "Biện pháp", "Thời gian"), Row("1", "3.1", "Sân có mái che", "Làm mái che", "Hè 2026")));
        Assert.Equal([$"3.1={result}", "3.2=muc-1"], record.Assessments.Select(a => $"{a.Criterion}={a.Result}"));
    }
}
