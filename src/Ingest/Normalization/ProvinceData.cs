namespace Analytics.Ingest.Normalization;

/// <summary>Vietnam's provincial-level units as data.
/// Before 2025: 63 units (5 centrally-run cities, 58 provinces; Thừa Thiên Huế became the city of Huế on
/// 1 January 2025). Since the merger decided by Nghị quyết 202/2025/QH15 of the National Assembly
/// (arrangement of provincial-level administrative units; the merged units operate from 1 July 2025):
/// 34 units, 11 unchanged and 23 formed by merging. Each line is "old name|current name|alias|alias…".</summary>
internal static class ProvinceData
{
    /// <summary>The centrally-run cities among the current units (thành phố trực thuộc trung ương): their
    /// people's committee is "UBND THÀNH PHỐ …", every other unit's "UBND TỈNH …".</summary>
    public const string CentrallyRunCities = "Hà Nội|TP. Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế";

    public const string Provinces = """
        Hà Nội|Hà Nội|Ha Noi|Hanoi|HN
        TP. Hồ Chí Minh|TP. Hồ Chí Minh|Hồ Chí Minh|HCM|TPHCM|TP.HCM|HCMC|Sài Gòn|Saigon|Thành phố Hồ Chí Minh
        Hải Phòng|Hải Phòng
        Đà Nẵng|Đà Nẵng|Da Nang|Danang
        Cần Thơ|Cần Thơ|Can Tho
        An Giang|An Giang
        Bà Rịa - Vũng Tàu|TP. Hồ Chí Minh|Bà Rịa Vũng Tàu|BR-VT|BRVT|Vũng Tàu
        Bắc Giang|Bắc Ninh
        Bắc Kạn|Thái Nguyên|Bắc Cạn
        Bạc Liêu|Cà Mau
        Bắc Ninh|Bắc Ninh
        Bến Tre|Vĩnh Long
        Bình Định|Gia Lai
        Bình Dương|TP. Hồ Chí Minh
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
    /// "kind:name|province" (a district that changed kind, e.g. thị xã → thành phố, is listed under both).
    /// PARTIAL on purpose: the districts of the five big cities, most provincial cities, and all districts
    /// of a few provinces met in plans so far; extend it, never guess. A provincial city named like its
    /// province ("thành phố Thanh Hóa") is found through the province name instead. Names shared by
    /// several provinces (Châu Thành, Phú Tân…) are left out unless the kind tells them apart.</summary>
    public const string Districts = """
        quận:1|TP. Hồ Chí Minh
        quận:2|TP. Hồ Chí Minh
        quận:3|TP. Hồ Chí Minh
        quận:4|TP. Hồ Chí Minh
        quận:5|TP. Hồ Chí Minh
        quận:6|TP. Hồ Chí Minh
        quận:7|TP. Hồ Chí Minh
        quận:8|TP. Hồ Chí Minh
        quận:9|TP. Hồ Chí Minh
        quận:10|TP. Hồ Chí Minh
        quận:11|TP. Hồ Chí Minh
        quận:12|TP. Hồ Chí Minh
        quận:Bình Thạnh|TP. Hồ Chí Minh
        quận:Gò Vấp|TP. Hồ Chí Minh
        quận:Phú Nhuận|TP. Hồ Chí Minh
        quận:Tân Bình|TP. Hồ Chí Minh
        quận:Tân Phú|TP. Hồ Chí Minh
        quận:Bình Tân|TP. Hồ Chí Minh
        quận:Thủ Đức|TP. Hồ Chí Minh
        thành phố:Thủ Đức|TP. Hồ Chí Minh
        huyện:Củ Chi|TP. Hồ Chí Minh
        huyện:Hóc Môn|TP. Hồ Chí Minh
        huyện:Bình Chánh|TP. Hồ Chí Minh
        huyện:Nhà Bè|TP. Hồ Chí Minh
        huyện:Cần Giờ|TP. Hồ Chí Minh
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
        thành phố:Thủ Dầu Một|Bình Dương
        thành phố:Thuận An|Bình Dương
        thị xã:Thuận An|Bình Dương
        thành phố:Dĩ An|Bình Dương
        thị xã:Dĩ An|Bình Dương
        thành phố:Tân Uyên|Bình Dương
        thị xã:Tân Uyên|Bình Dương
        thành phố:Bến Cát|Bình Dương
        thị xã:Bến Cát|Bình Dương
        huyện:Bàu Bàng|Bình Dương
        huyện:Dầu Tiếng|Bình Dương
        huyện:Phú Giáo|Bình Dương
        huyện:Bắc Tân Uyên|Bình Dương
        thành phố:Chí Linh|Hải Dương
        thị xã:Kinh Môn|Hải Dương
        huyện:Thanh Hà|Hải Dương
        huyện:Kim Thành|Hải Dương
        huyện:Nam Sách|Hải Dương
        huyện:Cẩm Giàng|Hải Dương
        huyện:Bình Giang|Hải Dương
        huyện:Gia Lộc|Hải Dương
        huyện:Tứ Kỳ|Hải Dương
        huyện:Ninh Giang|Hải Dương
        huyện:Thanh Miện|Hải Dương
        thị xã:Nghĩa Lộ|Yên Bái
        huyện:Trấn Yên|Yên Bái
        huyện:Văn Yên|Yên Bái
        huyện:Yên Bình|Yên Bái
        huyện:Lục Yên|Yên Bái
        huyện:Văn Chấn|Yên Bái
        huyện:Trạm Tấu|Yên Bái
        huyện:Mù Cang Chải|Yên Bái
        huyện:Lạng Giang|Bắc Giang
        huyện:Yên Dũng|Bắc Giang
        huyện:Việt Yên|Bắc Giang
        thị xã:Việt Yên|Bắc Giang
        huyện:Hiệp Hòa|Bắc Giang
        huyện:Tân Yên|Bắc Giang
        huyện:Lục Nam|Bắc Giang
        huyện:Lục Ngạn|Bắc Giang
        huyện:Sơn Động|Bắc Giang
        huyện:Yên Thế|Bắc Giang
        thành phố:Sầm Sơn|Thanh Hóa
        thị xã:Sầm Sơn|Thanh Hóa
        thị xã:Bỉm Sơn|Thanh Hóa
        thị xã:Nghi Sơn|Thanh Hóa
        huyện:Tĩnh Gia|Thanh Hóa
        huyện:Bá Thước|Thanh Hóa
        huyện:Cẩm Thủy|Thanh Hóa
        huyện:Đông Sơn|Thanh Hóa
        huyện:Hà Trung|Thanh Hóa
        huyện:Hậu Lộc|Thanh Hóa
        huyện:Hoằng Hóa|Thanh Hóa
        huyện:Lang Chánh|Thanh Hóa
        huyện:Mường Lát|Thanh Hóa
        huyện:Nga Sơn|Thanh Hóa
        huyện:Ngọc Lặc|Thanh Hóa
        huyện:Như Thanh|Thanh Hóa
        huyện:Như Xuân|Thanh Hóa
        huyện:Nông Cống|Thanh Hóa
        huyện:Quan Hóa|Thanh Hóa
        huyện:Quan Sơn|Thanh Hóa
        huyện:Quảng Xương|Thanh Hóa
        huyện:Thạch Thành|Thanh Hóa
        huyện:Thiệu Hóa|Thanh Hóa
        huyện:Thọ Xuân|Thanh Hóa
        huyện:Thường Xuân|Thanh Hóa
        huyện:Triệu Sơn|Thanh Hóa
        huyện:Vĩnh Lộc|Thanh Hóa
        huyện:Yên Định|Thanh Hóa
        thành phố:Tam Kỳ|Quảng Nam
        thành phố:Hội An|Quảng Nam
        thị xã:Điện Bàn|Quảng Nam
        huyện:Thăng Bình|Quảng Nam
        huyện:Duy Xuyên|Quảng Nam
        huyện:Đại Lộc|Quảng Nam
        huyện:Quế Sơn|Quảng Nam
        huyện:Núi Thành|Quảng Nam
        huyện:Phú Ninh|Quảng Nam
        huyện:Tiên Phước|Quảng Nam
        huyện:Hiệp Đức|Quảng Nam
        huyện:Nông Sơn|Quảng Nam
        huyện:Bắc Trà My|Quảng Nam
        huyện:Nam Trà My|Quảng Nam
        huyện:Phước Sơn|Quảng Nam
        huyện:Đông Giang|Quảng Nam
        huyện:Tây Giang|Quảng Nam
        huyện:Nam Giang|Quảng Nam
        huyện:Yên Sơn|Tuyên Quang
        huyện:Sơn Dương|Tuyên Quang
        huyện:Hàm Yên|Tuyên Quang
        huyện:Chiêm Hóa|Tuyên Quang
        huyện:Na Hang|Tuyên Quang
        huyện:Lâm Bình|Tuyên Quang
        thành phố:Biên Hòa|Đồng Nai
        thành phố:Long Khánh|Đồng Nai
        thành phố:Vũng Tàu|Bà Rịa - Vũng Tàu
        thành phố:Bà Rịa|Bà Rịa - Vũng Tàu
        thành phố:Long Xuyên|An Giang
        thành phố:Châu Đốc|An Giang
        thành phố:Rạch Giá|Kiên Giang
        thành phố:Hà Tiên|Kiên Giang
        thành phố:Phú Quốc|Kiên Giang
        thành phố:Cao Lãnh|Đồng Tháp
        thành phố:Sa Đéc|Đồng Tháp
        thành phố:Tân An|Long An
        thành phố:Đồng Xoài|Bình Phước
        thành phố:Phan Thiết|Bình Thuận
        thành phố:Phan Rang - Tháp Chàm|Ninh Thuận
        thành phố:Nha Trang|Khánh Hòa
        thành phố:Cam Ranh|Khánh Hòa
        thành phố:Tuy Hòa|Phú Yên
        thành phố:Quy Nhơn|Bình Định
        thành phố:Đông Hà|Quảng Trị
        thành phố:Đồng Hới|Quảng Bình
        thành phố:Vinh|Nghệ An
        thành phố:Phủ Lý|Hà Nam
        thành phố:Hạ Long|Quảng Ninh
        thành phố:Cẩm Phả|Quảng Ninh
        thành phố:Uông Bí|Quảng Ninh
        thành phố:Móng Cái|Quảng Ninh
        thành phố:Vĩnh Yên|Vĩnh Phúc
        thành phố:Phúc Yên|Vĩnh Phúc
        thành phố:Việt Trì|Phú Thọ
        thành phố:Sầm Sơn|Thanh Hóa
        thành phố:Tam Điệp|Ninh Bình
        thành phố:Từ Sơn|Bắc Ninh
        thành phố:Buôn Ma Thuột|Đắk Lắk
        thành phố:Gia Nghĩa|Đắk Nông
        thành phố:Pleiku|Gia Lai
        thành phố:Đà Lạt|Lâm Đồng
        thành phố:Bảo Lộc|Lâm Đồng
        thành phố:Vị Thanh|Hậu Giang
        thành phố:Ngã Bảy|Hậu Giang
        huyện:Tân Phú|Đồng Nai
        huyện:Bình Tân|Vĩnh Long
        huyện:Kiên Lương|Kiên Giang
        huyện:Hòn Đất|Kiên Giang
        huyện:Tân Hiệp|Kiên Giang
        huyện:Giồng Riềng|Kiên Giang
        huyện:Gò Quao|Kiên Giang
        huyện:An Biên|Kiên Giang
        huyện:An Minh|Kiên Giang
        huyện:Vĩnh Thuận|Kiên Giang
        huyện:U Minh Thượng|Kiên Giang
        huyện:Giang Thành|Kiên Giang
        huyện:Kiên Hải|Kiên Giang
        thị xã:An Nhơn|Bình Định
        thị xã:Hoài Nhơn|Bình Định
        huyện:Hoài Ân|Bình Định
        huyện:Phù Mỹ|Bình Định
        huyện:Phù Cát|Bình Định
        huyện:Tây Sơn|Bình Định
        huyện:Vân Canh|Bình Định
        huyện:Tuy Phước|Bình Định
        """;
}
