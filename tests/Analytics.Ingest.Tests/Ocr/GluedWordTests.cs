using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Tests.Ocr;

public sealed class GluedWordTests
{
    [Theory]
    [InlineData("Từ3/2025", "Từ 3/2025")]
    [InlineData("2,8ty", "2,8 ty")]
    [InlineData("10%so", "10% so")]
    [InlineData("tháng3", "tháng 3")]
    [InlineData("NĂM2024", "NĂM 2024")]
    public void Number_glued_to_a_syllable_is_cut_apart(string glued, string expected) =>
        Assert.Equal(expected, string.Join(' ', GluedNumberSplitter.Split(glued)));

    [Theory]
    [InlineData("150m2")]
    [InlineData("10kg")]
    [InlineData("HK1")]
    [InlineData("THCS2")]
    [InlineData("2024-2025")]
    [InlineData("I/2025")]
    public void Units_codes_and_plain_numbers_stay_whole(string word) =>
        Assert.Equal([word], GluedNumberSplitter.Split(word));

    [Fact]
    public void Bar_inside_a_word_is_a_missed_rule_and_cuts_the_word_with_offsets_kept()
    {
        var pieces = WordPieces.Split("tài|1.Tập");
        Assert.Equal([("tài", 0), ("1.Tập", 4)], pieces);
    }

    [Fact]
    public void Glued_syllables_after_a_cut_keep_their_offsets()
    {
        var pieces = WordPieces.Split("Tiêuchí1.6");
        Assert.Equal([("Tiêu", 0), ("chí", 4), ("1.6", 7)], pieces);
    }
}
