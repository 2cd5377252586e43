using Analytics.Ingest.Text.Syllables;
using Analytics.Search.Analysis;
using Analytics.Search.Indexing;

namespace Analytics.Search.Tests;

public sealed class AnalysisTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("hoá", "hóa")]
    [InlineData("tuỳ", "tùy")]
    public void Tone_placement_variants_analyse_to_one_term(string oldStyle, string newStyle)
    {
        var analyzer = VietnameseAnalyzers.Exact(shingles: false);
        Assert.Equal(VietnameseAnalyzers.Terms(analyzer, "f", oldStyle), VietnameseAnalyzers.Terms(analyzer, "f", newStyle));
    }

    [Theory]
    [InlineData("người")]
    [InlineData("quả")]
    [InlineData("giữa")]
    [InlineData("của")]
    [InlineData("toán")]
    [InlineData("việt")]
    [InlineData("khuyến")]
    public void Correctly_placed_tones_are_left_alone(string syllable) =>
        Assert.Equal(syllable, TonePlacement.Canonical(syllable));

    [Fact]
    public void Folded_chain_drops_diacritics_and_d_bar_and_keeps_numbers_whole()
    {
        var terms = VietnameseAnalyzers.Terms(VietnameseAnalyzers.Folded(shingles: false), "f", "Đường THƯ VIỆN, tiêu chí 3.6; 294.157.000 đồng");
        Assert.Equal(["duong", "thu", "vien", "tieu", "chi", "3.6", "294.157.000", "dong"], terms);
    }

    [Fact]
    public void Shingled_chain_adds_syllable_bigrams()
    {
        var terms = VietnameseAnalyzers.Terms(VietnameseAnalyzers.Folded(shingles: true), "f", "cơ sở vật chất");
        Assert.Contains("co so", terms);
        Assert.Contains("vat chat", terms);
        Assert.Contains("so vat", terms);
    }

    [Theory]
    [InlineData("Thành phố Hải Phòng", "hai-phong")]
    [InlineData("Hải Phòng", "hai-phong")]
    [InlineData("TP. Hồ Chí Minh", "ho-chi-minh")]
    [InlineData("huyện Thuỷ Nguyên", "thuy-nguyen")]
    [InlineData("tiểu học", "tieu-hoc")]
    public void Keyword_values_normalise_to_one_key(string value, string key) => Assert.Equal(key, KeyNormalizer.Key(value));
}
