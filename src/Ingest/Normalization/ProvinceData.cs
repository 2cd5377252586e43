namespace Analytics.Ingest.Normalization;

/// <summary>Vietnam's provincial-level units as data.
/// Before 2025: 63 units (5 centrally-run cities, 58 provinces; Thừa Thiên Huế became the city of Huế on
/// 1 January 2025). Since the merger decided by Nghị quyết 202/2025/QH15 of the National Assembly
/// (arrangement of provincial-level administrative units; the merged units operate from 1 July 2025):
/// 34 units, 11 unchanged and 23 formed by merging. Each line is "old name|current name|alias|alias…".</summary>
internal static class ProvinceData
{
    public const string Provinces = """
        Hà Nội|Hà Nội|Ha Noi|Hanoi|HN
        Hồ Chí Minh|Hồ Chí Minh|HCM|TPHCM|TP.HCM|HCMC|Sài Gòn|Saigon|Thành phố Hồ Chí Minh
        Hải Phòng|Hải Phòng
        Đà Nẵng|Đà Nẵng|Da Nang|Danang
        Cần Thơ|Cần Thơ|Can Tho
        An Giang|An Giang
        Bà Rịa - Vũng Tàu|Hồ Chí Minh|Bà Rịa Vũng Tàu|BR-VT|BRVT|Vũng Tàu
        Bắc Giang|Bắc Ninh
        Bắc Kạn|Thái Nguyên|Bắc Cạn
        Bạc Liêu|Cà Mau
        Bắc Ninh|Bắc Ninh
        Bến Tre|Vĩnh Long
        Bình Định|Gia Lai
        Bình Dương|Hồ Chí Minh
        Bình Phước|Đồng Nai
        Bình Thuận|Lâm Đồng
        Cà Mau|Cà Mau
        Cao Bằng|Cao Bằng
        Đắk Lắk|Đắk Lắk|Đắc Lắc|Đăk Lăk|Daklak|Dak Lak
        Đắk Nông|Lâm Đồng|Đăk Nông|Đắc Nông|Daknong
        Điện Biên|Điện Biên
        Đồng Nai|Đồng Nai
        Đồng Tháp|Đồng Tháp
        Gia Lai|Gia Lai
        Hà Giang|Tuyên Quang
        Hà Nam|Ninh Bình
        Hà Tĩnh|Hà Tĩnh
        Hải Dương|Hải Phòng
        Hậu Giang|Cần Thơ
        Hòa Bình|Phú Thọ
        Hưng Yên|Hưng Yên
        Khánh Hòa|Khánh Hòa
        Kiên Giang|An Giang
        Kon Tum|Quảng Ngãi|Kontum
        Lai Châu|Lai Châu
        Lâm Đồng|Lâm Đồng
        Lạng Sơn|Lạng Sơn
        Lào Cai|Lào Cai
        Long An|Tây Ninh
        Nam Định|Ninh Bình
        Nghệ An|Nghệ An
        Ninh Bình|Ninh Bình
        Ninh Thuận|Khánh Hòa
        Phú Thọ|Phú Thọ
        Phú Yên|Đắk Lắk
        Quảng Bình|Quảng Trị
        Quảng Nam|Đà Nẵng
        Quảng Ngãi|Quảng Ngãi
        Quảng Ninh|Quảng Ninh
        Quảng Trị|Quảng Trị
        Sóc Trăng|Cần Thơ
        Sơn La|Sơn La
        Tây Ninh|Tây Ninh
        Thái Bình|Hưng Yên
        Thái Nguyên|Thái Nguyên
        Thanh Hóa|Thanh Hóa
        Thừa Thiên Huế|Huế|Thừa Thiên - Huế|TT Huế|TT-Huế
        Tiền Giang|Đồng Tháp
        Trà Vinh|Vĩnh Long
        Tuyên Quang|Tuyên Quang
        Vĩnh Long|Vĩnh Long
        Vĩnh Phúc|Phú Thọ
        Yên Bái|Lào Cai
        """;

    /// <summary>Districts (quận, huyện, thị xã, thành phố thuộc tỉnh) before the 2025 reorganisation, as
    /// "kind:name|province". PARTIAL on purpose: the urban districts of the five big cities and the
    /// districts of the provinces seen in users' plans so far; extend it, never guess. Names shared by
    /// several provinces (Châu Thành, Phú Tân…) are left out unless the kind tells them apart.</summary>
    public const string Districts = """
        quận:1|Hồ Chí Minh
        quận:2|Hồ Chí Minh
        quận:3|Hồ Chí Minh
        quận:4|Hồ Chí Minh
        quận:5|Hồ Chí Minh
        quận:6|Hồ Chí Minh
        quận:7|Hồ Chí Minh
        quận:8|Hồ Chí Minh
        quận:9|Hồ Chí Minh
        quận:10|Hồ Chí Minh
        quận:11|Hồ Chí Minh
        quận:12|Hồ Chí Minh
        quận:Bình Thạnh|Hồ Chí Minh
        quận:Gò Vấp|Hồ Chí Minh
        quận:Phú Nhuận|Hồ Chí Minh
        quận:Tân Bình|Hồ Chí Minh
        quận:Tân Phú|Hồ Chí Minh
        quận:Bình Tân|Hồ Chí Minh
        quận:Thủ Đức|Hồ Chí Minh
        thành phố:Thủ Đức|Hồ Chí Minh
        huyện:Củ Chi|Hồ Chí Minh
        huyện:Hóc Môn|Hồ Chí Minh
        huyện:Bình Chánh|Hồ Chí Minh
        huyện:Nhà Bè|Hồ Chí Minh
        huyện:Cần Giờ|Hồ Chí Minh
        quận:Ba Đình|Hà Nội
        quận:Hoàn Kiếm|Hà Nội
        quận:Tây Hồ|Hà Nội
        quận:Long Biên|Hà Nội
        quận:Cầu Giấy|Hà Nội
        quận:Đống Đa|Hà Nội
        quận:Hai Bà Trưng|Hà Nội
        quận:Hoàng Mai|Hà Nội
        quận:Thanh Xuân|Hà Nội
        quận:Nam Từ Liêm|Hà Nội
        quận:Bắc Từ Liêm|Hà Nội
        quận:Hà Đông|Hà Nội
        thị xã:Sơn Tây|Hà Nội
        huyện:Sóc Sơn|Hà Nội
        huyện:Đông Anh|Hà Nội
        huyện:Gia Lâm|Hà Nội
        huyện:Thanh Trì|Hà Nội
        huyện:Mê Linh|Hà Nội
        quận:Hồng Bàng|Hải Phòng
        quận:Ngô Quyền|Hải Phòng
        quận:Lê Chân|Hải Phòng
        quận:Hải An|Hải Phòng
        quận:Kiến An|Hải Phòng
        quận:Đồ Sơn|Hải Phòng
        quận:Dương Kinh|Hải Phòng
        huyện:Thủy Nguyên|Hải Phòng
        thành phố:Thủy Nguyên|Hải Phòng
        huyện:An Dương|Hải Phòng
        huyện:An Lão|Hải Phòng
        huyện:Kiến Thụy|Hải Phòng
        huyện:Tiên Lãng|Hải Phòng
        huyện:Vĩnh Bảo|Hải Phòng
        huyện:Cát Hải|Hải Phòng
        quận:Hải Châu|Đà Nẵng
        quận:Thanh Khê|Đà Nẵng
        quận:Sơn Trà|Đà Nẵng
        quận:Ngũ Hành Sơn|Đà Nẵng
        quận:Liên Chiểu|Đà Nẵng
        quận:Cẩm Lệ|Đà Nẵng
        huyện:Hòa Vang|Đà Nẵng
        quận:Ninh Kiều|Cần Thơ
        quận:Bình Thủy|Cần Thơ
        quận:Cái Răng|Cần Thơ
        quận:Ô Môn|Cần Thơ
        quận:Thốt Nốt|Cần Thơ
        huyện:Phong Điền|Cần Thơ
        huyện:Cờ Đỏ|Cần Thơ
        huyện:Thới Lai|Cần Thơ
        thành phố:Mỹ Tho|Tiền Giang
        thị xã:Gò Công|Tiền Giang
        thị xã:Cai Lậy|Tiền Giang
        huyện:Cai Lậy|Tiền Giang
        huyện:Cái Bè|Tiền Giang
        huyện:Chợ Gạo|Tiền Giang
        huyện:Gò Công Đông|Tiền Giang
        huyện:Gò Công Tây|Tiền Giang
        huyện:Tân Phước|Tiền Giang
        huyện:Tân Phú Đông|Tiền Giang
        thành phố:Điện Biên Phủ|Điện Biên
        thị xã:Mường Lay|Điện Biên
        huyện:Điện Biên|Điện Biên
        huyện:Điện Biên Đông|Điện Biên
        huyện:Mường Ảng|Điện Biên
        huyện:Mường Chà|Điện Biên
        huyện:Mường Nhé|Điện Biên
        huyện:Nậm Pồ|Điện Biên
        huyện:Tủa Chùa|Điện Biên
        huyện:Tuần Giáo|Điện Biên
        huyện:Tân Phú|Đồng Nai
        huyện:Bình Tân|Vĩnh Long
        """;
}
