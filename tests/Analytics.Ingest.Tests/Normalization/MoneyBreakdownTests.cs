using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

/// <summary>A budget broken down inside one cell (round 11's kindergarten table): labelled parts and their total.</summary>
public sealed class MoneyBreakdownTests
{
    [Theory]
    [InlineData("- Mái che: 90 triệu\n- Thảm cỏ: 45 triệu\nCộng: 135 triệu đồng", 135_000_000L)]
    [InlineData("- Tủ sấy: 18.500.000 đ\n- Hút mùi: 24.000.000 đ\nTổng: 42.500.000 đ", 42_500_000L)]
    public void Labelled_parts_followed_by_their_total_give_the_total_once(string cell, long vnd) =>
        Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Fact]
    public void Labelled_parts_without_a_total_are_added()
    {
        var budget = MoneyParser.ParseBudget("NS: 150 triệu; XHH: 30 triệu");
        Assert.Equal(180_000_000L, budget?.Vnd);
        Assert.Equal("NS: 150 triệu; XHH: 30 triệu", budget?.Text);
    }

    [Fact]
    public void The_text_of_a_breakdown_is_the_cell_with_its_labels()
    {
        var budget = MoneyParser.ParseBudget("- Mái che: 90 triệu\n- Thảm cỏ: 45 triệu\nCộng: 135 triệu đồng");
        Assert.Equal("- Mái che: 90 triệu - Thảm cỏ: 45 triệu Cộng: 135 triệu đồng", budget?.Text);
    }

    [Fact]
    public void A_total_followed_by_unlabelled_parts_is_still_read_as_before() =>
        Assert.Equal(20_000_000L, MoneyParser.ParseBudget("20 triệu (ngân sách 15 triệu, XHH 5 triệu)")?.Vnd);
}
