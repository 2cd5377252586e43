using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Tests.Ocr;

public sealed class SyllableSplitterTests
{
    [Theory]
    [InlineData("Tiêuchí", "Tiêu chí")]
    [InlineData("nămhọc", "năm học")]
    [InlineData("Mởrộng", "Mở rộng")]
    [InlineData("THỰCHIỆN", "THỰC HIỆN")]
    [InlineData("tổchức", "tổ chức")]
    [InlineData("giáodục", "giáo dục")]
    public void Two_glued_Vietnamese_syllables_are_split(string glued, string expected) =>
        Assert.Equal(expected, string.Join(' ', SyllableSplitter.Split(glued)));

    [Theory]
    [InlineData("nghiêng")]
    [InlineData("Nguyễn")]
    [InlineData("khuyến")]
    [InlineData("giữa")]
    [InlineData("quốc")]
    [InlineData("online")]
    [InlineData("STEM")]
    [InlineData("120.000")]
    [InlineData("KH-THPA")]
    public void Single_syllables_and_foreign_words_are_left_alone(string word) =>
        Assert.Equal([word], SyllableSplitter.Split(word));
}
