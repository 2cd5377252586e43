using Analytics.Ingest.Ocr.Cells;

namespace Analytics.Ingest.Tests.Ocr;

public sealed class CellMarkTests
{
    [Theory]
    [InlineData("", 0.0, true)]
    [InlineData("×", 0.9, true)]
    [InlineData("%", 0.4, true)]
    [InlineData("Ð", 0.7, true)]
    [InlineData("bé", 0.45, true)]
    [InlineData("TT", 0.9, false)]
    [InlineData("p4", 0.3, true)]
    [InlineData("1", 0.9, false)]
    [InlineData("2.", 0.8, false)]
    [InlineData("Không", 0.9, false)]
    public void Text_of_a_tick_shaped_cell_is_a_mark_unless_it_is_a_digit_or_a_confident_word(string text, double confidence, bool mark) =>
        Assert.Equal(mark, CellMarks.IsMarkText(text, confidence));
}
