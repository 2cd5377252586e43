using Analytics.Ingest.Text;
using Analytics.Ingest.Text.Encodings;

namespace Analytics.Ingest.Tests.Text;

public sealed class LegacyEncodingTests
{
    // Inputs are the Latin-1 readings of the standards' byte codes, written out by hand.
    [Theory]
    [InlineData("KÕ ho¹ch c¶i tiÕn chÊt l­îng gi¸o dôc", "Kế hoạch cải tiến chất lượng giáo dục")]
    [InlineData("Tr­êng tiÓu häc §ång T©m ®¹t chuÈn quèc gia", "Trường tiểu học Đồng Tâm đạt chuẩn quốc gia")]
    [InlineData("C¬ së vËt chÊt cßn thiÕu thèn", "Cơ sở vật chất còn thiếu thốn")]
    public void Tcvn3_text_converts_exactly(string tcvn3, string expected)
    {
        var (encoding, text) = LegacyEncodingRepair.Repair(tcvn3);
        Assert.Equal(LegacyEncoding.Tcvn3, encoding);
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("Keá hoaïch caûi tieán chaát löôïng giaùo duïc", "Kế hoạch cải tiến chất lượng giáo dục")]
    [InlineData("Tröôøng Tieåu hoïc Ñoàng Taâm ñaït chuaån quoác gia", "Trường Tiểu học Đồng Tâm đạt chuẩn quốc gia")]
    [InlineData("Cô sôû vaät chaát coøn thieáu thoán", "Cơ sở vật chất còn thiếu thốn")]
    public void Vni_text_converts_exactly(string vni, string expected)
    {
        var (encoding, text) = LegacyEncodingRepair.Repair(vni);
        Assert.Equal(LegacyEncoding.Vni, encoding);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Tcvn3_heading_in_the_upper_case_font_comes_out_in_capitals()
    {
        var (_, text) = LegacyEncodingRepair.Repair("KÕ HO¹CH C¶I TIÕN CHÊT L¦îNG");
        Assert.Equal("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", text);
    }

    [Fact]
    public void Windows_1258_combining_marks_compose_to_nfc()
    {
        // "Trường học" in Windows-1258 bytes read as Latin-1: ư = ý, ơ = õ, grave = Ì, dot = ò.
        var (encoding, text) = LegacyEncodingRepair.Repair("TrýõÌng hoòc");
        Assert.Equal(LegacyEncoding.Windows1258, encoding);
        Assert.Equal("Trường học", text);
    }

    [Theory]
    [InlineData("Tôi ở đây và trường học của tôi rất đẹp.")]
    [InlineData("Kế hoạch cải tiến chất lượng giáo dục năm học 2023-2024")]
    [InlineData("Café, naïve, déjà vu: quelques mots français.")]
    public void Correct_unicode_is_left_alone(string text)
    {
        Assert.Equal((LegacyEncoding.None, text), LegacyEncodingRepair.Repair(text));
        Assert.False(TextModels.Repair.Repair(text).Changed);
    }

    [Fact]
    public void Decomposed_text_is_recomposed()
    {
        var decomposed = "Trường học".Normalize(System.Text.NormalizationForm.FormD);
        var result = TextModels.Repair.Repair(decomposed);
        Assert.Equal("Trường học", result.Text);
        Assert.Equal("nfc", result.Notes.Single().Kind);
    }
}
