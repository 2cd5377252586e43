using Analytics.Ingest.Readers.Pdf;

namespace Analytics.Ingest.Tests.Pdf;

public sealed class LineBuilderTests
{
    private static List<Glyph> Glyphs(params (string Text, double Left, double Right)[] glyphs) =>
        glyphs.Select(g => new Glyph(g.Text, g.Left, g.Right, 88, 102, 100, 12, string.IsNullOrWhiteSpace(g.Text))).ToList();

    [Fact]
    public void Letters_closer_than_a_fraction_of_the_font_size_are_one_word()
    {
        // "ĐIỀU" whose "U" starts 1 pt after "Ề" ends: rounding in the generator, not a space.
        var line = Assert.Single(LineBuilder.Build(Glyphs(("Đ", 10, 18), ("I", 18, 22), ("Ề", 22, 30), ("U", 31, 39), ("K", 43, 51), ("H", 51, 59))));

        Assert.Equal(["ĐIỀU", "KH"], line.Words.Select(w => w.Text));
    }

    [Fact]
    public void A_space_glyph_separates_words_even_without_a_gap()
    {
        var line = Assert.Single(LineBuilder.Build(Glyphs(("a", 10, 16), (" ", 16, 16), ("b", 16, 22))));

        Assert.Equal(["a", "b"], line.Words.Select(w => w.Text));
    }

    [Theory]
    [InlineData("E\u0300\u0302", "Ề")]
    [InlineData("E\u0302\u0300", "Ề")]
    [InlineData("u\u0309\u031B", "ử")]
    [InlineData("a\u0323\u0306", "ặ")]
    public void Separately_drawn_marks_compose_whatever_order_they_came_in(string drawn, string expected)
    {
        Assert.Equal(expected, GlyphExtractor.OrderMarks(drawn).Normalize(System.Text.NormalizationForm.FormC));
    }
}
