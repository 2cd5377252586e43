using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

public sealed class MoneyParserTests
{
    [Theory]
    [InlineData("3 tỷ đồng", 3_000_000_000L)]
    [InlineData("50 tỷ đồng", 50_000_000_000L)]
    [InlineData("5 tỷ", 5_000_000_000L)]
    [InlineData("3 tỉ đồng", 3_000_000_000L)]
    public void Budget_in_ty_is_parsed(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("5,5 tỷ", 5_500_000_000L)]
    [InlineData("1,2 tỷ đồng", 1_200_000_000L)]
    [InlineData("4,5 tỷ đồng", 4_500_000_000L)]
    [InlineData("2,25 tỷ", 2_250_000_000L)]
    public void Budget_in_ty_with_decimal_comma_is_parsed(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("1.5 tỷ", 1_500_000_000L)]
    [InlineData("2.5 triệu", 2_500_000L)]
    public void Budget_with_decimal_point_of_one_digit_is_a_decimal(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("350 triệu đồng", 350_000_000L)]
    [InlineData("45 triệu", 45_000_000L)]
    [InlineData("2,5 triệu", 2_500_000L)]
    [InlineData("15tr", 15_000_000L)]
    [InlineData("15 tr", 15_000_000L)]
    [InlineData("15 tr.đ", 15_000_000L)]
    [InlineData("15 trđ", 15_000_000L)]
    [InlineData("15 tr. đồng", 15_000_000L)]
    public void Budget_in_trieu_is_parsed(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("500 nghìn", 500_000L)]
    [InlineData("500 ngàn đồng", 500_000L)]
    [InlineData("500k", 500_000L)]
    public void Budget_in_nghin_is_parsed(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("294.157.000")]
    [InlineData("294.157.000 đ")]
    [InlineData("294.157.000đ")]
    [InlineData("294.157.000 đồng")]
    [InlineData("294.157.000 VNĐ")]
    [InlineData("294.157.000 VND")]
    [InlineData("294.157.000 vnđ")]
    [InlineData("294,157,000")]
    [InlineData("294 157 000 đồng")]
    public void Budget_with_thousands_separators_is_parsed(string cell) =>
        Assert.Equal(294_157_000L, MoneyParser.ParseBudget(cell)?.Vnd);

    [Fact]
    public void Budget_text_is_the_amount_phrase_as_written()
    {
        Assert.Equal(new Records.Budget("3 tỷ đồng", 3_000_000_000), MoneyParser.ParseBudget("  3 tỷ đồng "));
        Assert.Equal(new Records.Budget("294.157.000", 294_157_000), MoneyParser.ParseBudget("294.157.000"));
        Assert.Equal(new Records.Budget("50.000.000đ", 50_000_000), MoneyParser.ParseBudget("50.000.000đ"));
    }

    [Fact]
    public void Du_toan_prefix_is_part_of_the_amount_phrase_not_a_funding_source()
    {
        var parse = MoneyParser.ParseDetailed("Dự toán 250.000.000");
        Assert.Equal(250_000_000L, parse.Budget?.Vnd);
        Assert.Equal("Dự toán 250.000.000", parse.Budget?.Text);
        Assert.Null(parse.Funding);
    }

    [Theory]
    [InlineData("1 tỷ 200 triệu", 1_200_000_000L)]
    [InlineData("1 tỷ 200 triệu đồng", 1_200_000_000L)]
    [InlineData("3 triệu 500 nghìn", 3_500_000L)]
    public void Compound_amounts_add_their_parts(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Fact]
    public void Colloquial_digit_after_ty_is_its_decimal_part_with_a_warning()
    {
        var parse = MoneyParser.ParseDetailed("1 tỷ 2");
        Assert.Equal(1_200_000_000L, parse.Budget?.Vnd);
        Assert.NotEmpty(parse.Warnings);
    }

    [Theory]
    [InlineData("3 ty dong", 3_000_000_000L)]
    [InlineData("350 trieu", 350_000_000L)]
    [InlineData("5,5 TỶ ĐỒNG", 5_500_000_000L)]
    [InlineData("500 nghin dong", 500_000L)]
    public void Unaccented_and_upper_case_units_are_read(string cell, long vnd) => Assert.Equal(vnd, MoneyParser.ParseBudget(cell)?.Vnd);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Không")]
    [InlineData("Xã hội hóa")]
    [InlineData("0")]
    [InlineData("0 đồng")]
    [InlineData("Năm 2024")]
    [InlineData("Tiêu chí 3.1")]
    public void Cell_without_amount_has_no_budget(string? cell) => Assert.Null(MoneyParser.ParseBudget(cell));

    [Fact]
    public void Funding_word_alone_is_funding_not_budget()
    {
        var parse = MoneyParser.ParseDetailed("Xã hội hóa");
        Assert.Null(parse.Budget);
        Assert.Equal("Xã hội hóa", parse.Funding);
    }

    [Theory]
    [InlineData("20 triệu (ngân sách)", 20_000_000L, "ngân sách")]
    [InlineData("350 triệu đồng - Ngân sách nhà nước", 350_000_000L, "Ngân sách nhà nước")]
    [InlineData("Xã hội hóa: 50 triệu", 50_000_000L, "Xã hội hóa")]
    [InlineData("Ngân sách địa phương 3 tỷ đồng", 3_000_000_000L, "Ngân sách địa phương")]
    public void Funding_words_around_the_amount_are_returned_as_funding(string cell, long vnd, string funding)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.Equal(vnd, parse.Budget?.Vnd);
        Assert.Equal(funding, parse.Funding);
    }

    [Fact]
    public void Approximate_amount_keeps_its_value_and_warns()
    {
        var parse = MoneyParser.ParseDetailed("Khoảng 200 triệu");
        Assert.Equal(200_000_000L, parse.Budget?.Vnd);
        Assert.Equal("Khoảng 200 triệu", parse.Budget?.Text);
        Assert.Contains(parse.Warnings, w => w.Contains("approximate"));
        Assert.Null(parse.Funding);
    }

    [Theory]
    [InlineData("05 bộ x 12 triệu đồng", 60_000_000L, "05 bộ x 12 triệu đồng")]
    [InlineData("3 x 1,5 triệu", 4_500_000L, "3 x 1,5 triệu")]
    [InlineData("20 chiếc × 2.500.000đ", 50_000_000L, "20 chiếc × 2.500.000đ")]
    public void Count_times_unit_price_is_their_product(string cell, long vnd, string text)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.Equal(vnd, parse.Budget?.Vnd);
        Assert.Equal(text, parse.Budget?.Text);
    }

    [Fact]
    public void Count_before_a_price_without_a_times_sign_is_not_a_product()
    {
        // "05 bộ máy tính 12 triệu đồng": no "x", so 12 triệu is the amount as written.
        Assert.Equal(12_000_000L, MoneyParser.ParseDetailed("05 bộ máy tính 12 triệu đồng").Budget?.Vnd);
    }

    [Theory]
    [InlineData("45.000 nghìn đồng", 45_000_000L)]
    [InlineData("dự kiến 320 triệu", 320_000_000L)]
    [InlineData("khoảng 1,8 tỷ đồng", 1_800_000_000L)]
    public void Thousands_unit_and_lead_words_before_the_amount(string cell, long vnd) =>
        Assert.Equal(vnd, MoneyParser.ParseDetailed(cell).Budget?.Vnd);

    [Theory]
    [InlineData("50-100 triệu", 50_000_000L, 100_000_000L)]
    [InlineData("50 - 100 triệu đồng", 50_000_000L, 100_000_000L)]
    [InlineData("Từ 50 đến 100 triệu", 50_000_000L, 100_000_000L)]
    [InlineData("50 triệu - 1 tỷ", 50_000_000L, 1_000_000_000L)]
    [InlineData("200–250 triệu đồng", 200_000_000L, 250_000_000L)]
    public void Range_keeps_its_text_and_bounds_and_is_budgeted_at_its_upper_end(string cell, long low, long high)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.NotNull(parse.Budget);
        Assert.Equal(high, parse.Budget!.Vnd);
        Assert.Equal(low, parse.Low);
        Assert.Equal(high, parse.High);
        Assert.Contains(parse.Warnings, w => w.Contains("range"));
    }

    [Fact]
    public void Unit_price_times_quantity_is_multiplied_with_a_warning()
    {
        var parse = MoneyParser.ParseDetailed("2.000.000 x 10");
        Assert.Equal(20_000_000L, parse.Budget?.Vnd);
        Assert.Contains(parse.Warnings, w => w.Contains("product"));
    }

    [Theory]
    [InlineData("Xã hội hóa: 50 triệu", "50 triệu")]
    [InlineData("Ngân sách: khoảng 3 tỷ đồng", "khoảng 3 tỷ đồng")]
    [InlineData("Kinh phí dự kiến: 12 triệu", "Kinh phí dự kiến: 12 triệu")]
    public void Amount_phrase_keeps_its_lead_words_but_not_the_funding(string cell, string text) =>
        Assert.Equal(text, MoneyParser.ParseBudget(cell)?.Text);

    [Fact]
    public void Sum_of_stated_parts_is_added()
    {
        Assert.Equal(150_000_000L, MoneyParser.ParseBudget("100 triệu + 50 triệu")?.Vnd);
    }

    [Fact]
    public void Total_followed_by_its_parts_takes_the_total()
    {
        var parse = MoneyParser.ParseDetailed("20 triệu (ngân sách 15 triệu, XHH 5 triệu)");
        Assert.Equal(20_000_000L, parse.Budget?.Vnd);
    }

    [Fact]
    public void Separate_amounts_in_one_cell_are_summed_with_a_warning()
    {
        var parse = MoneyParser.ParseDetailed("Năm 2024: 100 triệu; Năm 2025: 200 triệu");
        Assert.Equal(300_000_000L, parse.Budget?.Vnd);
        Assert.Contains(parse.Warnings, w => w.Contains("sum"));
    }

    [Fact]
    public void Plain_large_integer_is_read_as_dong_with_a_warning()
    {
        var parse = MoneyParser.ParseDetailed("250000000");
        Assert.Equal(250_000_000L, parse.Budget?.Vnd);
        Assert.NotEmpty(parse.Warnings);
    }

    [Fact]
    public void Small_number_without_unit_keeps_its_text_but_no_value()
    {
        var parse = MoneyParser.ParseDetailed("50");
        Assert.Equal("50", parse.Budget?.Text);
        Assert.Null(parse.Budget?.Vnd);
        Assert.NotEmpty(parse.Warnings);
    }

    [Fact]
    public void Header_unit_applies_to_unit_less_numbers()
    {
        var unit = MoneyParser.UnitFromHeader("Kinh phí (triệu đồng)");
        Assert.Equal(1_000_000L, unit);
        Assert.Equal(50_000_000L, MoneyParser.ParseDetailed("50", new MoneyOptions(unit)).Budget?.Vnd);
        Assert.Equal(1_500_000L, MoneyParser.ParseDetailed("1,5", new MoneyOptions(unit)).Budget?.Vnd);
    }

    [Fact]
    public void Header_unit_applies_to_grouped_numbers_without_unit_words()
    {
        var millions = new MoneyOptions(MoneyParser.UnitFromHeader("Kinh phí dự kiến (triệu đồng)"));
        Assert.Equal(1_200_000_000L, MoneyParser.ParseDetailed("1.200", millions).Budget?.Vnd);
        // An amount written in full đồng under the same header is not multiplied into nonsense.
        Assert.Equal(150_000_000L, MoneyParser.ParseDetailed("150.000.000", millions).Budget?.Vnd);
        // A unit word in the cell wins over the header.
        Assert.Equal(2_000_000_000L, MoneyParser.ParseDetailed("2 tỷ", millions).Budget?.Vnd);
    }

    [Theory]
    [InlineData("36 triệu đồng (Kinh phí chi thường xuyên)", 36_000_000L, "Kinh phí chi thường xuyên")]
    [InlineData("150 tr\n(Ngân sách xã)", 150_000_000L, "Ngân sách xã")]
    [InlineData("Kinh phí: 20 triệu đồng", 20_000_000L, null)]
    public void Words_after_the_amount_keep_their_lead_word_as_part_of_the_source(string cell, long vnd, string? funding)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.Equal(vnd, parse.Budget?.Vnd);
        Assert.Equal(funding, parse.Funding);
    }

    [Theory]
    [InlineData("Không phát sinh kinh phí")]
    [InlineData("Không cần kinh phí")]
    public void A_statement_that_nothing_is_spent_is_neither_budget_nor_source(string cell)
    {
        var parse = MoneyParser.ParseDetailed(cell);
        Assert.Null(parse.Budget);
        Assert.Null(parse.Funding);
    }

    [Theory]
    [InlineData("Dự kiến kinh phí (nếu có)", null)]
    [InlineData("Kinh phí (đồng)", 1L)]
    [InlineData("Kinh phí (nghìn đồng)", 1_000L)]
    public void Header_unit_is_read_only_when_named(string header, long? unit) => Assert.Equal(unit, MoneyParser.UnitFromHeader(header));

    [Fact]
    public void Dot_before_three_digits_with_ty_is_read_as_decimal_with_a_warning()
    {
        var parse = MoneyParser.ParseDetailed("1.500 tỷ");
        Assert.Equal(1_500_000_000L, parse.Budget?.Vnd);
        Assert.NotEmpty(parse.Warnings);
    }

    [Fact]
    public void Dot_before_three_digits_with_trieu_is_a_thousands_separator()
    {
        Assert.Equal(1_500_000_000L, MoneyParser.ParseBudget("1.500 triệu")?.Vnd);
    }

    [Theory]
    [InlineData("Được đầu tư 350 triệu đồng để xây phòng học", 350_000_000L, "350 triệu đồng")]
    [InlineData("Tổng kinh phí 294.157.000 đồng", 294_157_000L, "294.157.000 đồng")]
    [InlineData("kinh phí 294.157.000 cho năm 2024", 294_157_000L, "294.157.000")]
    public void Amount_inside_prose_is_found_with_its_position(string text, long vnd, string phrase)
    {
        var mention = Assert.Single(MoneyParser.FindAmounts(text));
        Assert.Equal(vnd, mention.Vnd);
        Assert.Equal(phrase, text.Substring(mention.Start, mention.Length));
        Assert.Equal(phrase, mention.Text);
    }

    [Theory]
    [InlineData("Trong năm học 2024-2025 có 36 phòng học/36 lớp")]
    [InlineData("Tiêu chí 3.1 đạt 27/27 tỷ lệ 100%")]
    [InlineData("Tỷ lệ 21,1% các tiêu chí đạt mức 3")]
    [InlineData("Ngày 15/10/2024, Hội đồng trường họp")]
    [InlineData("Triệu tập và điều hành các phiên họp")]
    public void Prose_without_money_yields_no_amount(string text) => Assert.Empty(MoneyParser.FindAmounts(text));

    [Theory]
    [InlineData("Năm 2024\t350 triệu đồng")]
    [InlineData("Quý 1/2024 3 tỷ đồng")]
    public void Years_next_to_an_amount_are_not_part_of_it(string text)
    {
        var mention = Assert.Single(MoneyParser.FindAmounts(text));
        Assert.True(mention.Vnd is 350_000_000L or 3_000_000_000L);
    }

    [Fact]
    public void Decomposed_input_is_read_like_composed()
    {
        var decomposed = "350 triệu đồng".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(350_000_000L, MoneyParser.ParseBudget(decomposed)?.Vnd);
    }
}
