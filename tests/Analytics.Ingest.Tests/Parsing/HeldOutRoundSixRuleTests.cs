using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Rules added after the sixth held-out measurement (corpus/README.md, "Held-out measurement,
/// round 6"), each on inputs of its own rather than the held-out documents.</summary>
public sealed class HeldOutRoundSixRuleTests
{
    private static readonly Provenance At = new("ke-hoach.docx", 1, 0);

    private static TableCell Cell(int column, string text, int span = 1, int rows = 1) => new(column, text, span, rows);

    private static TableCell Below(int column, int span = 1) => new(column, "", span, 1, IsMergedContinuation: true);

    private static TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => Cell(c, t))]);

    private static TextBlock Line(string text, TextKind kind = TextKind.Paragraph) => new(kind, text, At);

    /// <summary>A plan head (number, date 14/10/2025, title of the school year 2025-2026, school) followed by the given blocks.</summary>
    private static PlanRecord Parse(params Block[] body)
    {
        Block[] head =
        [
            Line("Số: 33/KH-THHP"),
            Line("Hòa Phú, ngày 14 tháng 10 năm 2025"),
            Line("KẾ HOẠCH", TextKind.Heading),
            Line("Cải tiến chất lượng giáo dục năm học 2025-2026", TextKind.Heading),
            Line("Trường Tiểu học Hòa Phú xây dựng kế hoạch như sau:"),
        ];
        var result = new PlanParser().Parse(SourceDocument.Create("ke-hoach.docx", "docx", [.. head, .. body]));
        Assert.True(result.IsSuccess, result.Error);
        return Assert.Single(result.Value);
    }

    /// <summary>A chart of months: "Thời gian" merged over one column per month, the other headers merged down.</summary>
    private static TableBlock MonthChart(string[] months, params TableRow[] rows)
    {
        var top = new List<TableCell> { Cell(0, "Tiêu chí", rows: 2), Cell(1, "Công việc", rows: 2), Cell(2, "Phụ trách", rows: 2), Cell(3, "Thời gian thực hiện", span: months.Length) };
        top.Add(Cell(3 + months.Length, "Kinh phí", rows: 2));
        var sub = new List<TableCell> { Below(0), Below(1), Below(2) };
        sub.AddRange(months.Select((m, i) => Cell(3 + i, m)));
        sub.Add(Below(3 + months.Length));
        return new([new(top), new(sub), .. rows], At);
    }

    [Fact]
    public void Months_marked_in_a_chart_of_month_columns_are_the_items_timeline()
    {
        string[] months = ["Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12", "Tháng 1", "Tháng 2"];
        var record = Parse(MonthChart(months,
            Row("3.3", "Sửa mái phòng họp", "Kế toán", "", "x", "x", "", "", "", "20.000.000"),
            Row("2.2", "Dự giờ giáo viên mới", "Hiệu trưởng", "", "", "", "X", "X", "", "")));

        Assert.Equal(["3.3", "2.2"], record.Items.Select(i => i.Criterion));
        Assert.Equal(("2025-10", "2025-11"), (record.Items[0].Timeline?.Start, record.Items[0].Timeline?.End));
        Assert.Contains("Tháng 10", record.Items[0].Timeline?.Text);
        // December and January: the chart runs across the new year of the plan's school year.
        Assert.Equal(("2025-12", "2026-01"), (record.Items[1].Timeline?.Start, record.Items[1].Timeline?.End));
        Assert.Equal(20_000_000, record.Items[0].Budget?.Vnd);
    }

    [Fact]
    public void Month_headers_under_a_merged_time_header_are_a_header_row_and_no_item()
    {
        string[] months = ["T9", "T10", "T11"];
        var record = Parse(MonthChart(months,
            Row("1.8", "Kiểm tra hồ sơ tổ chuyên môn", "Hiệu trưởng", "x", "x", "x", "0")));

        var item = Assert.Single(record.Items);
        Assert.Equal("1.8", item.Criterion);
        Assert.Equal(("2025-09", "2025-11"), (item.Timeline?.Start, item.Timeline?.End));
    }

    [Fact]
    public void A_month_chart_cell_without_a_mark_adds_nothing_to_the_timeline()
    {
        string[] months = ["T3", "T4", "T5"];
        var record = Parse(MonthChart(months,
            Row("3.4", "Lắp bồn nước", "Hiệu trưởng", "", "x", "", "15.000.000")));

        var item = Assert.Single(record.Items);
        Assert.Equal(("2026-04", "2026-04"), (item.Timeline?.Start, item.Timeline?.End));
    }

    [Fact]
    public void A_capitalised_heading_row_across_the_table_groups_rows_and_is_no_item()
    {
        var table = new TableBlock(
        [
            Row("TT", "Tiêu chí", "Nội dung cải tiến", "Người thực hiện", "Thời gian", "Kinh phí"),
            new([Cell(0, "A. ĐIỂM TRƯỜNG CHÍNH (thôn Bản Lìm)", span: 6)]),
            Row("1", "3.5", "Mua 10 bộ máy tính", "Hiệu trưởng", "Quý I/2026", "120.000.000 đ"),
            new([Cell(0, "B. ĐIỂM TRƯỜNG NẬM CỌ", span: 6)]),
            Row("2", "3.2", "Sửa 02 phòng học", "Hiệu trưởng", "Hè 2026", "80 triệu đồng"),
        ], At);
        var record = Parse(table);

        Assert.Equal(["3.5", "3.2"], record.Items.Select(i => i.Criterion));
        Assert.DoesNotContain(record.Items, i => i.Target?.Contains("ĐIỂM TRƯỜNG", StringComparison.Ordinal) == true);
        Assert.Equal("Mua 10 bộ máy tính", record.Items[0].Target);
    }

    [Fact]
    public void A_full_width_standard_row_is_still_a_standard_not_a_group_heading()
    {
        var row = new TableRow([Cell(0, "TIÊU CHUẨN 3: CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC", span: 6)]);
        Assert.False(ItemTableReader.IsGroupRow(row, 6));
        Assert.True(ItemTableReader.IsGroupRow(new TableRow([Cell(0, "II. KHU TRUNG TÂM", span: 6)]), 6));
        Assert.False(ItemTableReader.IsGroupRow(new TableRow([Cell(0, "phòng học cũ ở dãy C", span: 6)]), 6));
    }
}
