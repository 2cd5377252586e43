using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Tests.Normalization;

public sealed class ProvinceMapTests
{
    [Fact]
    public void There_are_63_provinces_before_and_34_after_the_merger()
    {
        Assert.Equal(63, ProvinceMap.Provinces.Count);
        Assert.Equal(63, ProvinceMap.Provinces.Distinct().Count());
        Assert.Equal(34, ProvinceMap.CurrentProvinces.Count);
    }

    [Fact]
    public void Every_province_canonicalises_to_itself_and_has_a_current_province()
    {
        foreach (var province in ProvinceMap.Provinces)
        {
            Assert.Equal(province, ProvinceMap.Canonical(province));
            Assert.Contains(ProvinceMap.Current(province), ProvinceMap.CurrentProvinces);
        }
    }

    [Theory]
    [InlineData("TP. Hồ Chí Minh", "TP. Hồ Chí Minh")]
    [InlineData("Tp HCM", "TP. Hồ Chí Minh")]
    [InlineData("TP.HCM", "TP. Hồ Chí Minh")]
    [InlineData("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh")]
    [InlineData("tỉnh Tiền Giang", "Tiền Giang")]
    [InlineData("TỈNH TIỀN GIANG", "Tiền Giang")]
    [InlineData("Ha Noi", "Hà Nội")]
    [InlineData("Hà Nội", "Hà Nội")]
    [InlineData("Thanh Hoá", "Thanh Hóa")]
    [InlineData("Khánh Hoà", "Khánh Hòa")]
    [InlineData("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu")]
    [InlineData("BR-VT", "Bà Rịa - Vũng Tàu")]
    [InlineData("Đăk Lăk", "Đắk Lắk")]
    [InlineData("Thừa Thiên - Huế", "Thừa Thiên Huế")]
    [InlineData("  Hải   Phòng ", "Hải Phòng")]
    public void Province_name_is_canonicalised_whatever_the_spelling(string name, string canonical) =>
        Assert.Equal(canonical, ProvinceMap.Canonical(name));

    [Theory]
    [InlineData("Hệ Muông")]
    [InlineData("Phường 4")]
    [InlineData("Quận 12")]
    [InlineData("")]
    public void Non_province_names_are_not_canonicalised(string name) => Assert.Null(ProvinceMap.Canonical(name));

    [Theory]
    [InlineData("Tiền Giang", "Đồng Tháp")]
    [InlineData("Hải Dương", "Hải Phòng")]
    [InlineData("Bình Dương", "TP. Hồ Chí Minh")]
    [InlineData("Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh")]
    [InlineData("Hà Giang", "Tuyên Quang")]
    [InlineData("Yên Bái", "Lào Cai")]
    [InlineData("Bắc Kạn", "Thái Nguyên")]
    [InlineData("Vĩnh Phúc", "Phú Thọ")]
    [InlineData("Hòa Bình", "Phú Thọ")]
    [InlineData("Bắc Giang", "Bắc Ninh")]
    [InlineData("Thái Bình", "Hưng Yên")]
    [InlineData("Hà Nam", "Ninh Bình")]
    [InlineData("Nam Định", "Ninh Bình")]
    [InlineData("Quảng Bình", "Quảng Trị")]
    [InlineData("Quảng Nam", "Đà Nẵng")]
    [InlineData("Kon Tum", "Quảng Ngãi")]
    [InlineData("Bình Định", "Gia Lai")]
    [InlineData("Ninh Thuận", "Khánh Hòa")]
    [InlineData("Đắk Nông", "Lâm Đồng")]
    [InlineData("Bình Thuận", "Lâm Đồng")]
    [InlineData("Phú Yên", "Đắk Lắk")]
    [InlineData("Bình Phước", "Đồng Nai")]
    [InlineData("Long An", "Tây Ninh")]
    [InlineData("Sóc Trăng", "Cần Thơ")]
    [InlineData("Hậu Giang", "Cần Thơ")]
    [InlineData("Bến Tre", "Vĩnh Long")]
    [InlineData("Trà Vinh", "Vĩnh Long")]
    [InlineData("Bạc Liêu", "Cà Mau")]
    [InlineData("Kiên Giang", "An Giang")]
    [InlineData("Thừa Thiên Huế", "Huế")]
    [InlineData("Điện Biên", "Điện Biên")]
    [InlineData("Hà Nội", "Hà Nội")]
    [InlineData("tinh Tien Giang", "Đồng Tháp")]
    public void Old_province_maps_to_its_post_merger_province(string old, string current) => Assert.Equal(current, ProvinceMap.Current(old));

    [Theory]
    [InlineData("Hải Phòng, ngày 10 tháng 7 năm 2023", "Hải Phòng", null, "place-date")]
    [InlineData("Quận 12, ngày 22 tháng 8 năm 2022", "TP. Hồ Chí Minh", "Quận 12", "place-date")]
    [InlineData("UBND huyện Điện Biên", "Điện Biên", "Điện Biên", "district")]
    [InlineData("Sở Giáo dục và Đào tạo tỉnh Tiền Giang", "Tiền Giang", null, "province")]
    [InlineData("Tham mưu với Sở GD và ĐT Hải Phòng, Ủy ban nhân dân huyện Thủy Nguyên", "Hải Phòng", "Thủy Nguyên", "province")]
    [InlineData("các đơn vị trên địa bàn thành phố Mỹ Tho", "Tiền Giang", "Mỹ Tho", "district")]
    [InlineData("UỶ BAN NHÂN DÂN QUẬN 12", "TP. Hồ Chí Minh", "Quận 12", "district")]
    [InlineData("TP. Hồ Chí Minh, ngày 5 tháng 9 năm 2024", "TP. Hồ Chí Minh", null, "place-date")]
    [InlineData("Trường nằm ở Đà Nẵng", "Đà Nẵng", null, "name")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH DƯƠNG\nDĩ An, ngày 05 tháng 11 năm 2024", "Bình Dương", "Dĩ An", "place-date")]
    [InlineData("Mỹ Tho, ngày 14 tháng 10 năm 2024", "Tiền Giang", "Mỹ Tho", "place-date")]
    public void Province_is_found_in_text(string text, string province, string? district, string evidence)
    {
        var match = ProvinceMap.FindInText(text);
        Assert.NotNull(match);
        Assert.Equal((province, district, evidence), (match!.Province, match.District, match.Evidence));
    }

    [Theory]
    [InlineData("Đoàn TNCS Hồ Chí Minh, Đội TNTP Hồ Chí Minh")]
    [InlineData("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")]
    public void Hồ_Chí_Minh_the_person_is_no_place(string text) => Assert.Null(ProvinceMap.FindInText(text));

    [Theory]
    [InlineData("UBND thị xã Dĩ An", "Bình Dương", "Dĩ An")]
    [InlineData("huyện Thăng Bình, tỉnh Quảng Nam", "Quảng Nam", "Thăng Bình")]
    [InlineData("Phòng GD&ĐT thành phố Nha Trang", "Khánh Hòa", "Nha Trang")]
    [InlineData("Trường Mầm non Hoa Sen, quận Bình Tân", "TP. Hồ Chí Minh", "Bình Tân")]
    [InlineData("UBND huyện Bình Tân", "Vĩnh Long", "Bình Tân")]
    public void District_names_its_province(string text, string province, string district)
    {
        var match = ProvinceMap.FindInText(text);
        Assert.Equal((province, district), (match?.Province, match?.District));
    }

    [Fact]
    public void Place_date_line_wins_over_a_province_named_elsewhere()
    {
        var text = "Căn cứ công văn của Sở GD&ĐT tỉnh Long An\nHải Phòng, ngày 10 tháng 7 năm 2023";
        Assert.Equal("Hải Phòng", ProvinceMap.FindInText(text)?.Province);
    }

    [Fact]
    public void Match_position_points_at_the_name()
    {
        const string text = "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Tiền Giang.";
        var match = ProvinceMap.FindInText(text)!;
        Assert.Equal("Tiền Giang", text.Substring(match.Start, match.Length));
        Assert.Equal("Đồng Tháp", match.ProvinceCurrent);
    }

    [Theory]
    [InlineData("Hệ Muông, ngày 18 tháng 9 năm 2023")]
    [InlineData("Phường 4, ngày 14 tháng 10 năm 2024")]
    [InlineData("Tân Phú, ngày 14 tháng 10 năm 2024")]
    [InlineData("Kế hoạch cải tiến chất lượng giáo dục")]
    public void Text_naming_no_known_place_yields_none(string text) => Assert.Null(ProvinceMap.FindInText(text));

    [Theory]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO TUYÊN QUANG", "UBND TỈNH TUYÊN QUANG")]
    [InlineData("Sở GD&ĐT Hà Giang", "UBND TỈNH TUYÊN QUANG")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH", "UBND THÀNH PHỐ HỒ CHÍ MINH")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG", "UBND THÀNH PHỐ HẢI PHÒNG")]
    [InlineData("Sở Giáo dục và Đào tạo Thừa Thiên Huế", "UBND THÀNH PHỐ HUẾ")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK LẮK", "UBND TỈNH ĐẮK LẮK")]
    public void A_department_s_letterhead_sits_under_its_province_s_people_s_committee(string issuer, string committee) =>
        Assert.Equal(committee, ProvinceMap.PeoplesCommitteeOf(issuer));

    [Fact]
    public void A_body_naming_no_province_has_no_committee() => Assert.Null(ProvinceMap.PeoplesCommitteeOf("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
}
