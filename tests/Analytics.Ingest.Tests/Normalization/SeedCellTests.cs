using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

/// <summary>Cells copied from the seed plans (shared/seeds), with expectations worked out by hand from the
/// contract's rules.</summary>
public sealed class SeedCellTests
{
    [Theory]
    [InlineData("Quý 1/2024", 2023, 2024, "2024-01", "2024-03")]                              // 000
    [InlineData("Năm 2024", 2023, 2024, "2024-01", "2024-12")]                                // 000
    [InlineData("Từ 8/2023 Đến 5/2024", 2023, 2024, "2023-08", "2024-05")]                    // 000
    [InlineData("Từ năm học 2023- 2024", 2023, 2024, "2023-09", null)]                       // 000
    [InlineData("Từ năm học 2013- 2024", 2023, 2024, null, null)]                            // 000, typo for 2023
    [InlineData("Năm 2023-2025", 2023, 2025, "2023-01", "2025-12")]                           // 001
    [InlineData("Tháng 12/ 2020 đến tháng 12/2022", 2022, 2023, "2020-12", "2022-12")]         // 002
    [InlineData("Tháng 01/ 2022 đến tháng 12/2023", 2022, 2023, "2022-01", "2023-12")]         // 002
    [InlineData("Năm học 2024 - 2025 và các năm tiếp theo", 2024, 2029, "2024-09", null)]      // 004
    [InlineData("<p>Năm học 2024 - 2025 và các năm tiếp theo</p>", 2024, 2029, "2024-09", null)] // 004, HTML left in a cell
    [InlineData("Năm học 2024 - 2025 và", 2024, 2025, "2024-09", "2025-05")]                  // 004, cut by a page break
    public void Seed_timeline_cells_follow_the_contract(string cell, int ps, int pe, string? start, string? end)
    {
        var timeline = TimelineParser.Parse(cell, ps, pe);
        Assert.Equal((start, end), (timeline?.Start, timeline?.End));
    }

    [Theory]
    [InlineData("3 tỷ đồng", 3_000_000_000L)]           // 000
    [InlineData("350 triệu đồng", 350_000_000L)]       // 000
    [InlineData("50 tỷ đồng", 50_000_000_000L)]        // 001
    [InlineData("5,5 tỷ đồng", 5_500_000_000L)]        // 001
    [InlineData("4,5 tỷ đồng", 4_500_000_000L)]        // 001
    [InlineData("294.157.000", 294_157_000L)]          // 003
    [InlineData("Dự toán 250.000.000", 250_000_000L)]  // 003
    public void Seed_budget_cells_follow_the_contract(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("Thực hiện theo")]
    [InlineData("Được đầu tư vốn")]
    [InlineData("Chính quyền địa phươn g và PHHS")]
    public void Seed_funding_cells_have_no_budget(string cell)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.Null(parse.Budget);
        Assert.Equal(cell, parse.Funding);
    }
}
