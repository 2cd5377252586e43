using Analytics.Ingest.Model;
using static Analytics.Ingest.Tests.Parsing.PlanBlocks;

namespace Analytics.Ingest.Tests.Parsing;

public sealed class OcrConfidenceTests
{
    private static readonly Block[] Head = PlanBlocks.Head("12/KH-THCS", "Hòa Bình, ngày 10 tháng 10 năm 2024", "2024-2025",
        "Trường THCS Hòa Bình xây dựng kế hoạch cải tiến chất lượng như sau:");

    private static TableBlock Plan(double budgetConfidence) => new(
    [
        Row("TT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí"),
        new TableRow(
        [
            new TableCell(0, "1", Confidence: 0.95),
            new TableCell(1, "Tiêu chí 3.6: Thư viện", Confidence: 0.93),
            new TableCell(2, "Bổ sung 400 bản sách tham khảo", Confidence: 0.94),
            new TableCell(3, "Quý 1/2025", Confidence: 0.92),
            new TableCell(4, "40 triệu đồng", Confidence: budgetConfidence),
        ]),
    ], At);

    [Fact]
    public void Budget_read_from_a_doubtful_scanned_cell_carries_a_warning_and_the_item_its_confidence()
    {
        var record = ParseOne(Head, [Plan(budgetConfidence: 0.41)]);

        var item = Assert.Single(record.Items);
        Assert.Equal(40_000_000, item.Budget?.Vnd);
        Assert.Equal(0.41, item.Confidence);
        var warning = Assert.Single(record.Warnings, w => w.Field == "items.budget");
        Assert.Contains("41", warning.Message);
    }

    [Fact]
    public void Fields_read_with_confidence_carry_no_ocr_warning()
    {
        var record = ParseOne(Head, [Plan(budgetConfidence: 0.9)]);

        Assert.Equal(0.9, Assert.Single(record.Items).Confidence);
        Assert.DoesNotContain(record.Warnings, w => w.Message.Contains("OCR was unsure", StringComparison.Ordinal));
    }
}
