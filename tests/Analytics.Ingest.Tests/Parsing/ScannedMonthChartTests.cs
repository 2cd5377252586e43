using Analytics.Ingest.Model;
using Analytics.Ingest.Records;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>A timeline chart's header as a scan reads it (the reading of a scanned plan's month chart, `plans show
/// TWIN --blocks`): month labels whose "T" OCR misread, and the merged "Thời gian thực hiện" cut by a rule.</summary>
public sealed class ScannedMonthChartTests
{
    private static PlanRecord Parse(params Block[] body) =>
        ParseOne(Head("12/KH-THCSKS", "Kha Sơn, ngày 20 tháng 9 năm 2024", "2024-2025", "Trường THCS Kha Sơn xây dựng kế hoạch như sau:"), body);

    private static TableBlock Chart(params TableRow[] rows)
    {
        var top = new List<TableCell> { Cell(0, "Tiêu chí", rows: 2), Cell(1, "Nội dung công việc", rows: 2), Cell(2, "Người phụ trách", rows: 2),
            Cell(3, "Thời gian th", span: 3), Cell(6, "fc hi"), Cell(7, "ìn năm học 2024 - 2025", span: 2), Cell(9, "Kinh phí (đồng)", rows: 2) };
        var months = new[] { "dị 9", "T 10", "T 11", "4t 12", "T 1", "4p 2" };
        var sub = new List<TableCell> { Below(0), Below(1), Below(2) };
        sub.AddRange(months.Select((m, i) => Cell(3 + i, m)));
        sub.Add(Below(9));
        return new([new(top), new(sub), .. rows], At);
    }

    [Fact]
    public void Months_of_a_chart_whose_labels_and_merged_header_a_scan_damaged_are_the_items_timeline()
    {
        var record = Parse(Chart(
            Row("2.2", "Tập huấn ứng dụng công nghệ thông tin", "Phó Hiệu trưởng", "", "x", "x", "", "", "", "6.000.000"),
            Row("3.5", "Mua thiết bị thí nghiệm", "Kế toán", "", "", "", "x", "x", "", "86.400.000")));

        Assert.Equal(["2.2", "3.5"], record.Items.Select(i => i.Criterion));
        Assert.Equal(("2024-10", "2024-11"), (record.Items[0].Timeline?.Start, record.Items[0].Timeline?.End));
        Assert.Equal(("2024-12", "2025-01"), (record.Items[1].Timeline?.Start, record.Items[1].Timeline?.End));
    }
}
