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
}
