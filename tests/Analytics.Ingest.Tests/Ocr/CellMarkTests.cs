using Analytics.Ingest.Model;
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

    /// <summary>Ink outlines measured on the scan twin of mn-tri-phuong (150 dpi): its "TT" header wrapped in a
    /// column a fifth of an inch wide is two T's one above the other, 16 px wide and 44 px tall; a printed x is about
    /// as wide as tall.</summary>
    [Theory]
    [InlineData(16, 44, false)]
    [InlineData(32, 16, false)]
    [InlineData(12, 11, true)]
    [InlineData(10, 12, true)]
    public void Only_ink_about_as_wide_as_tall_is_shaped_like_a_mark(int width, int height, bool mark)
    {
        var blobs = new List<BoundingBox> { new(100, 100, 100 + width, 100 + Math.Min(height, 16)) };
        if (height > 16) blobs.Add(new BoundingBox(100, 100 + height - 16, 100 + width, 100 + height));
        Assert.Equal(mark, CellMarks.IsMarkShape(new CellInk(blobs), 150));
    }
}
