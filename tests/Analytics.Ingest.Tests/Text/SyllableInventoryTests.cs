using Analytics.Ingest.Text.Syllables;

namespace Analytics.Ingest.Tests.Text;

public sealed class SyllableInventoryTests
{
    [Theory]
    [InlineData("nguyễn")]
    [InlineData("trường")]
    [InlineData("khuỷu")]
    [InlineData("giếng")]
    [InlineData("quốc")]
    [InlineData("gì")]
    [InlineData("yêu")]
    [InlineData("thuở")]
    [InlineData("nghiêng")]
    [InlineData("khuya")]
    [InlineData("Đạt")]
    [InlineData("hoà")]
    public void Real_syllables_are_in_the_inventory(string word) =>
        Assert.True(SyllableInventory.Default.IsSyllable(word), word);

    [Theory]
    [InlineData("tién")]    // English OCR: é where ế belongs
    [InlineData("lwong")]
    [InlineData("gido")]
    [InlineData("hàt")]     // a stop final takes only the acute or dot tone
    [InlineData("THCS")]
    [InlineData("ngê")]     // ng before e must be spelled ngh
    [InlineData("school")]
    public void Non_syllables_are_not(string word) =>
        Assert.False(SyllableInventory.Default.IsSyllable(word), word);

    [Fact]
    public void Inventory_is_complete_but_bounded()
    {
        // Several thousand toneless spellings times six tones, minus stop-final restrictions.
        Assert.InRange(SyllableInventory.Default.Count, 12_000, 40_000);
    }

    [Fact]
    public void Candidates_of_a_bare_key_include_every_reading()
    {
        var candidates = SyllableInventory.Default.Candidates("duong");
        Assert.Contains("đường", candidates);
        Assert.Contains("dương", candidates);
        Assert.Contains("dưỡng", candidates);
        Assert.Contains("đương", candidates);
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("THUỶ", "THỦY")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("quý", "quý")]
    [InlineData("giữ", "giữ")]
    [InlineData("hoàn", "hoàn")]
    [InlineData("người", "người")]
    public void Tone_placement_variants_map_to_one_canonical_form(string word, string canonical) =>
        Assert.Equal(canonical, TonePlacement.Canonical(word));
}
