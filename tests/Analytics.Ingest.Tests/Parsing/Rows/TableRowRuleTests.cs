using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Parsing.Rows;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing.Rows;

/// <summary>Each row rule of an improvement table, on a small table of its own.</summary>
public sealed class TableRowRuleTests
{
    private static readonly TableRow Header = Row("Tiêu chí", "Nội dung cải tiến", "Biện pháp", "Thời gian", "Kinh phí");

    private static (TableRowState State, TableRowContext Row) Context(TableBlock table, TableRow row, int? standard = null)
    {
        var state = new TableRowState(table, TableLayout.Of(table), "thcs", standard, null, new WarningSink());
        return (state, new TableRowContext(row, state));
    }

    private static List<RawItem> Read(params TableRow[] rows)
    {
        var table = new TableBlock([Header, .. rows], At);
        return TableRowPipeline.Default.Read(new TableRowState(table, TableLayout.Of(table), "thcs", null, null, new WarningSink()));
    }

    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("21/KH-THCSAL", "An Lạc, ngày 10 tháng 10 năm 2024", "2024-2025", "Trường THCS An Lạc xây dựng kế hoạch như sau:"), body);

    [Fact]
    public void A_row_without_text_is_set_aside()
    {
        var blank = Row("", "", "", "", "");
        var (_, row) = Context(new TableBlock([Header, blank], At), blank);
        Assert.Equal(RowOutcome.SetAside, new BlankRowRule().Apply(row));
    }

    [Fact]
    public void A_header_repeated_after_a_page_break_is_no_item()
    {
        var items = Read(Row("3.1", "Lát sân", "Đổ bê tông sân", "Hè 2025", "90 triệu đồng"), Header, Row("3.2", "Sửa phòng học", "Thay mái", "Quý I/2025", "40 triệu đồng"));
        Assert.Equal(["3.1", "3.2"], items.Select(i => i.Reference?.Code));
    }

    [Fact]
    public void A_total_row_closes_the_item_above_and_is_none()
    {
        var items = Read(Row("3.1", "Lát sân", "Đổ bê tông sân", "Hè 2025", "90 triệu đồng"), Row("Tổng cộng", "", "", "", "90 triệu đồng"));
        var item = Assert.Single(items);
        Assert.Equal(["90 triệu đồng"], item.Pieces(ColumnRole.Budget));
    }

    [Fact]
    public void A_heading_row_in_capitals_across_the_table_groups_rows_and_is_none()
    {
        var campus = new TableRow([Cell(0, "B. ĐIỂM TRƯỜNG BẢN NHÙNG", span: 5)]);
        var items = Read(Row("3.1", "Lát sân", "Đổ bê tông sân", "Hè 2025", "90 triệu đồng"), campus, Row("3.2", "Sửa phòng học", "Thay mái", "Quý I/2025", "40 triệu đồng"));
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_row_naming_only_a_standard_sets_the_standard_of_the_rows_below()
    {
        var standard = Row("Tiêu chuẩn 3", "", "", "", "");
        var (state, row) = Context(new TableBlock([Header, standard], At), standard);
        Assert.Equal(RowOutcome.SetAside, new StandardRowRule().Apply(row));
        Assert.Equal(3, state.Standard);
    }

    [Fact]
    public void A_standard_written_across_a_table_whose_first_column_is_not_understood_sets_the_standard()
    {
        // A scan's header OCR read "TT" as "T TT": the first column is read as a note, which the heading spans.
        var header = Row("T TT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí");
        var heading = new TableRow([Cell(0, "TIỂU CHUẨN II: CÂN BỘ QUẢN LÝ, GIÁO VIÊN", span: 5)]);
        var table = new TableBlock([header, heading, Row("1", "Tiêu chí 2: Đối với giáo viên", "Giáo viên đạt chuẩn", "Năm 2025", "Không")], At);
        var items = TableRowPipeline.Default.Read(new TableRowState(table, TableLayout.Of(table), "mn", null, null, new WarningSink()));
        Assert.Equal(["2.2"], items.Select(i => i.Reference?.Code));
    }

    [Fact]
    public void A_standard_heading_a_rule_cut_in_two_is_still_one_standard_row()
    {
        var heading = new TableRow([Cell(0, "Tiêu chuẩn 5: Hoạt động giáo dục và", span: 3), Cell(3, "cết quả giáo dục", span: 2)]);
        var items = Read(Row("3.3", "Phòng họp", "Mua bàn ghế", "HKI năm học 2023-2024", "50.000.000đ"), heading,
            Row("Tiêu chí 2: Hoạt động giáo dục", "Dạy học STEM", "Tập huấn", "Cả năm học", "Không"));
        Assert.Equal(["3.3", "5.2"], items.Select(i => i.Reference?.Code));
    }

    [Fact]
    public void A_second_full_action_under_a_merged_criterion_is_an_item_of_the_same_criterion()
    {
        var second = new TableRow([Below(0), Cell(1, "Mua bàn ghế"), Cell(2, "Mua 40 bộ bàn ghế"), Cell(3, "Quý II/2025"), Cell(4, "60 triệu đồng")]);
        var items = Read(new TableRow([Cell(0, "3.2", rows: 2), Cell(1, "Sửa phòng học"), Cell(2, "Thay mái"), Cell(3, "Hè 2025"), Cell(4, "40 triệu đồng")]), second);
        Assert.Equal(["3.2", "3.2"], items.Select(i => i.Reference?.Code));
    }

    [Fact]
    public void A_row_continuing_a_page_split_cell_joins_the_item_above()
    {
        var items = Read(Row("3.1", "Lát sân", "Đổ bê tông", "Hè 2025", "90 triệu đồng"), Row("", "", "sân trường", "", ""));
        Assert.Equal(["Đổ bê tông", "sân trường"], Assert.Single(items).Pieces(ColumnRole.Actions));
    }

    [Fact]
    public void Lettered_codes_number_several_items_of_one_criterion()
    {
        var table = new TableBlock([Row("Mã", "Nội dung cải tiến", "Biện pháp", "Thời gian", "Kinh phí"),
            Row("3.2.a", "Có phòng Tin học", "Cải tạo phòng học cũ", "Hè 2025", "250 triệu đồng"),
            Row("3.2.b", "Đủ máy tính", "Mua 35 máy tính", "Quý III/2025", "420.000.000 đ")], At);
        var record = Parse(table);
        Assert.Equal(["3.2", "3.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal([250_000_000L, 420_000_000L], record.Items.Select(i => i.Budget?.Vnd ?? 0));
    }

    [Fact]
    public void The_rules_are_tried_in_the_order_the_builder_writes()
    {
        var order = TableRowPipeline.Default.Rules.Select(r => r.GetType().Name).ToList();
        Assert.Equal("BlankRowRule", order[0]);
        Assert.Equal("ContinuationRowRule", order[^1]);
        Assert.True(order.IndexOf("TotalRowRule") < order.IndexOf("OpeningRowRule"));
    }
}
