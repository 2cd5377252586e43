using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Rows;

/// <summary>Classes of layout held-out round 13 showed, each rule on forms written here (not round 13's documents):
/// the span's two ends in columns of their own or labelled in one cell.</summary>
public sealed class RoundThirteenRuleTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("21/KH-THCS", "Hòa Bình, ngày 06 tháng 10 năm 2025", "2025-2026", "Trường THCS Hòa Bình xây dựng kế hoạch như sau:"), body);

    private static TableBlock Table(params TableRow[] rows) => new(rows, At);

    [Theory]
    [InlineData("Từ ngày", "Đến ngày")]
    [InlineData("Ngày bắt đầu", "Ngày kết thúc")]
    public void Start_and_end_columns_give_the_span_from_one_to_the_other(string from, string to)
    {
        var record = Parse(Table(
            Row("TT", "Tiêu chí", "Biện pháp", from, to, "Kinh phí"),
            Row("1", "3.3", "Mua 200 đầu sách tham khảo", "15/10/2025", "28/02/2026", "20 triệu đồng")));
        var item = Assert.Single(record.Items);
        Assert.Equal(("2025-10", "2026-02"), (item.Timeline?.Start, item.Timeline?.End));
    }

    [Fact]
    public void A_time_cell_labelling_its_start_and_end_is_a_closed_span()
    {
        var record = Parse(Table(
            Row("TT", "Tiêu chí", "Biện pháp", "Thời gian thực hiện", "Kinh phí"),
            Row("1", "2.2", "Tập huấn ứng dụng CNTT", "Bắt đầu: 11/2025\nKết thúc: 3/2026", "Không")));
        var item = Assert.Single(record.Items);
        Assert.Equal(("2025-11", "2026-03"), (item.Timeline?.Start, item.Timeline?.End));
    }

    [Theory]
    [InlineData("Quý IV/2025", "Quý I/2026", "Quý II/2026")]
    [InlineData("Quý 4/2025", "Quý 1/2026", "Quý 2/2026")]
    public void Quarter_columns_marked_x_give_the_span_of_the_marked_quarters(string q1, string q2, string q3)
    {
        var record = Parse(Table(
            Row("TT", "Tiêu chí", "Giải pháp", "Tiến độ", "", "", "Kinh phí"),
            Row("", "", "", q1, q2, q3, ""),
            Row("1", "3.5", "Mua hóa chất phòng thí nghiệm", "", "x", "x", "78 triệu đồng")));
        var item = Assert.Single(record.Items);
        Assert.Equal(("2026-01", "2026-06"), (item.Timeline?.Start, item.Timeline?.End));
    }

    [Theory]
    [InlineData("BẢNG 3. KẾ HOẠCH CẢI TIẾN CÁC TIÊU CHÍ", "Tiêu chuẩn 3, tiêu chí 1", "3.1")]
    [InlineData("Biểu 2: Kế hoạch cải tiến chất lượng", "Tiêu chuẩn 2 - tiêu chí 3", "2.3")]
    [InlineData("KẾ HOẠCH CHI TIẾT", "3.4", "3.4")]
    public void A_caption_row_over_the_header_is_left_out_and_the_table_read(string caption, string criterion, string code)
    {
        var record = Parse(Table(
            new TableRow([Cell(0, caption, span: 5), Below(1), Below(2), Below(3), Below(4)]),
            Row("TT", "Tiêu chuẩn, tiêu chí", "Giải pháp", "Thời gian", "Kinh phí"),
            Row("1", criterion, "Làm sân tập thể dục", "Hè 2026", "300 triệu đồng")));
        var item = Assert.Single(record.Items);
        Assert.Equal((code, (long?)300_000_000), (item.Criterion, item.Budget?.Vnd));
    }

    [Theory]
    [InlineData("Đơn vị tính: triệu đồng", "450", 450_000_000L)]
    [InlineData("Ghi chú: C - chủ trì; P - phối hợp. ĐVT kinh phí: triệu đồng.", "25,5", 25_500_000L)]
    [InlineData("(Đơn vị tính: nghìn đồng)", "12.000", 12_000_000L)]
    public void A_unit_stated_above_the_table_gives_its_bare_amounts_their_value(string unitLine, string amount, long vnd)
    {
        var record = Parse(Line(unitLine), Table(
            Row("TT", "Tiêu chí", "Biện pháp", "Thời gian", "Kinh phí"),
            Row("1", "3.2", "Cải tạo phòng bộ môn", "Hè 2026", amount)));
        Assert.Equal(vnd, Assert.Single(record.Items).Budget?.Vnd);
    }

    [Fact]
    public void A_header_naming_its_own_unit_keeps_it()
    {
        var record = Parse(Line("Đơn vị tính: triệu đồng"), Table(
            Row("TT", "Tiêu chí", "Biện pháp", "Kinh phí (đồng)"),
            Row("1", "3.2", "Cải tạo phòng bộ môn", "450.000")));
        Assert.Equal(450_000L, Assert.Single(record.Items).Budget?.Vnd);
    }

    [Fact]
    public void Cells_carrying_their_own_labels_without_a_header_row_are_read_by_their_labels()
    {
        var record = Parse(Table(
            Row("Tiêu chí 3.3", "Mục tiêu: Thư viện đủ sách tham khảo", "Biện pháp: Mua 300 đầu sách", "Thời gian: Quý II/2026\nPhụ trách: Hiệu trưởng\nKinh phí: 30 triệu (xã hội hóa)"),
            Row("Tiêu chí 2.1", "Mục tiêu: Giáo viên dạy STEM", "Biện pháp: Tập huấn 02 buổi", "Thời gian: HK I năm học 2025-2026\nPhụ trách: Tổ trưởng chuyên môn\nKinh phí: Không")));
        Assert.Equal(2, record.Items.Count);
        var first = record.Items[0];
        Assert.Equal(("3.3", "Thư viện đủ sách tham khảo", "Hiệu trưởng"), (first.Criterion, first.Target, first.Lead));
        Assert.Equal(((long?)30_000_000, "2026-04"), (first.Budget?.Vnd, first.Timeline?.Start));
    }

    [Fact]
    public void A_table_of_labelled_cells_without_a_criterion_column_is_left_as_it_is()
    {
        var table = Table(
            Row("Họ tên: Nguyễn Văn An", "Chức vụ: Hiệu trưởng", "Nhiệm vụ: Trưởng ban"),
            Row("Họ tên: Lê Thị Bình", "Chức vụ: Phó Hiệu trưởng", "Nhiệm vụ: Phó ban"));
        Assert.Same(table, new Analytics.Ingest.Parsing.Grid.HeaderlessLabelledRewriter().Rewrite(table));
    }
}
