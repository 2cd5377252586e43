using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

public sealed class SchoolLevelsTests
{
    [Theory]
    [InlineData("Trường Mầm non Hoa Mai")]
    [InlineData("TRƯỜNG MẦM NON HOA MAI")]
    [InlineData("Trường Mẫu giáo Sơn Ca")]
    [InlineData("Nhà trẻ Hoa Hồng")]
    [InlineData("Trường MN Hoa Mai 2")]
    [InlineData("Trường MG Bình Minh")]
    [InlineData("Truong mam non Hoa Mai")]
    public void Preschool_names_are_mam_non(string name) => Assert.Equal("mam-non", SchoolLevels.Detect(name));

    [Theory]
    [InlineData("Trường Tiểu học Lê Quý Đôn")]
    [InlineData("Trường PTDTBT Tiểu học xã Hệ Muông")]
    [InlineData("Trường TH Nguyễn Du")]
    [InlineData("Trường PTDTBT TH Nà Hỳ")]
    [InlineData("TRUONG TIEU HOC SO 2 XA THANH XUONG")]
    public void Primary_names_are_tieu_hoc(string name) => Assert.Equal("tieu-hoc", SchoolLevels.Detect(name));

    [Theory]
    [InlineData("Trường THCS Nguyễn Trãi", "thcs")]
    [InlineData("Trường Trung học cơ sở Nguyễn Trãi", "thcs")]
    [InlineData("Trường PTDTBT THCS Mường Nhé", "thcs")]
    [InlineData("Trường THPT Chu Văn An", "thpt")]
    [InlineData("Trường Trung học phổ thông Chu Văn An", "thpt")]
    [InlineData("Truong THPT Chu Van An", "thpt")]
    [InlineData("Trường PTDTNT THCS huyện Tủa Chùa", "thcs")]
    [InlineData("Trường PTDTNT huyện Mường Chà", "thcs")]
    [InlineData("Trường PTDTNT tỉnh Điện Biên", "thpt")]
    public void Secondary_names_are_thcs_or_thpt(string name, string level) => Assert.Equal(level, SchoolLevels.Detect(name));

    [Theory]
    [InlineData("Trường TH&THCS Bình Minh")]
    [InlineData("Trường TH và THCS Bình Minh")]
    [InlineData("Trường THCS và THPT Nguyễn Khuyến")]
    [InlineData("Trường THCS&THPT Nguyễn Khuyến")]
    [InlineData("Trường Phổ thông cơ sở Tân Lập")]
    [InlineData("Trường liên cấp Vinschool")]
    [InlineData("Trường phổ thông nhiều cấp học Đoàn Thị Điểm")]
    [InlineData("Trường Tiểu học, THCS và THPT Olympia")]
    public void Several_levels_are_lien_cap(string name) => Assert.Equal("lien-cap", SchoolLevels.Detect(name));

    [Theory]
    [InlineData("Phòng Giáo dục và Đào tạo huyện Điện Biên")]
    [InlineData("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC")]
    [InlineData("Trường PTDTNT")]
    [InlineData("")]
    public void Text_naming_no_level_has_none(string text) => Assert.Null(SchoolLevels.Detect(text));

    [Theory]
    [InlineData("17/2018/TT-BGDĐT", "tieu-hoc")]
    [InlineData("Thông tư số 17/2018/TT-BGDĐT", "tieu-hoc")]
    [InlineData("19/2018/TT-BGDĐT", "mam-non")]
    [InlineData("TT19", "mam-non")]
    [InlineData("18/2018/TT-BGDĐT", null)]
    [InlineData("28/2020/TT-BGDĐT", null)]
    public void Regulation_implies_a_level_except_the_secondary_one(string regulation, string? level) =>
        Assert.Equal(level, SchoolLevels.FromRegulation(regulation));
}
