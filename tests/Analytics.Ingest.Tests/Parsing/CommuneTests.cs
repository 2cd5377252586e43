using Analytics.Ingest.Parsing;
using Analytics.Ingest.Readers;
using Analytics.Testing;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>The commune-level unit of a plan's school (school.commune): what a commune office's account is
/// scoped by once districts are gone. Expected communes written by hand from reading each plan.</summary>
public sealed class CommuneTests
{
    [Theory]
    [InlineData("UBND XÃ TÂN LỢI", "Tân Lợi")]
    [InlineData("Căn cứ báo cáo tự đánh giá của Trường Mầm non Tân Lợi, xã Tân Lợi, tỉnh Đồng Nai;", "Tân Lợi")]
    [InlineData("UBND XÃ XÍN CÁI TRƯỜNG PTDTBT TH&THCS XÍN CÁI", "Xín Cái")]
    [InlineData("Trường Tiểu học Phú Lợi, phường Phú Lợi, thành phố Hồ Chí Minh", "Phú Lợi")]
    [InlineData("UBND PHƯỜNG 5", "Phường 5")]
    [InlineData("Trường THCS thị trấn Yên Thế, huyện Lục Yên", "Yên Thế")]
    public void Commune_is_the_unit_named_after_xa_phuong_or_thi_tran(string line, string commune) =>
        Assert.Equal(commune, PlaceReader.Commune([line]));

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Nguồn kinh phí: Xã hội hóa")]
    [InlineData("UBND THỊ XÃ SA PA")]
    [InlineData("Trường ở vùng sâu, vùng xa của huyện")]
    public void Republic_motto_social_funding_and_district_towns_are_not_communes(string line) =>
        Assert.Null(PlaceReader.Commune([line]));

    [Fact]
    public void The_most_named_commune_wins_over_one_mentioned_in_passing()
    {
        string[] texts = ["UBND XÃ TRƯỜNG LONG", "Học sinh xã Tân Thạnh học nhờ", "Trường Long A, xã Trường Long, thành phố Cần Thơ"];
        Assert.Equal("Trường Long", PlaceReader.Commune(texts));
    }

    /// <summary>Every corpus plan signed after 1 July 2025 (no district any more) names its commune; the Ia Pal
    /// plan only in its date line, which since the reform is the commune's.</summary>
    [Theory]
    [InlineData("mn-tan-loi.pdf", "Tân Lợi")]
    [InlineData("lc-th-thcs-ta-mung.docx", "Tà Mung")]
    [InlineData("lc-thcs-thpt-mau-due.docx", "Mậu Duệ")]
    [InlineData("lc-th-thcs-xin-cai.docx", "Xín Cái")]
    [InlineData("th-quynh-luu-a.docx", "Quỳnh Lưu")]
    [InlineData("lc-th-thcs-truong-long-a.pdf", "Trường Long")]
    [InlineData("thpt-ia-pal.txt", "Ia Pal")]
    public void A_plan_after_the_2025_reform_records_its_commune(string file, string commune)
    {
        var outcome = DefaultPipeline.Create().Ingest(SourceFile.FromPath(Path.Combine(RepoPaths.Corpus, file)));
        Assert.True(outcome.IsSuccess, outcome.Error);
        Assert.All(outcome.Records, r => Assert.Equal(commune, r.School.Commune));
        Assert.All(outcome.Records, r => Assert.Null(r.School.District));
    }
}
