namespace Analytics.Ingest.Normalization;

/// <summary>Keywords of the facility-gap categories (record contract) and the words that say a facility
/// is lacking or already fine. A leading '=' marks a keyword whose accents must match when the text is
/// accented, because its folded form is another word too ("bãi tập"/"bài tập", "cổng"/"công").</summary>
internal static class GapLexiconData
{
    public static readonly (string Category, string[] Keywords)[] Categories =
    [
        ("thu-vien", ["thư viện", "t. viện", "t.viện", "tủ sách", "phòng đọc", "góc đọc sách", "sách tham khảo", "thư viện xanh", "thư viện thân thiện"]),
        ("san-choi-bai-tap", ["sân chơi", "sân tập", "=bãi tập", "sân trường", "khuôn viên", "sân thể dục", "sân bóng", "sân thể thao", "sân vận động",
            "đường chạy", "hố nhảy", "khu vui chơi", "khu vực sân chơi", "diện tích đất", "quỹ đất", "mặt bằng", "sân bê tông"]),
        ("phong-hoc", ["phòng học", "phòng học kiên cố", "phòng học tạm", "phòng học bán kiên cố", "phòng học nhờ", "phòng học xuống cấp",
            "phòng nhóm trẻ", "phòng sinh hoạt chung", "phòng ngủ", "khối phòng nhóm trẻ", "phòng lớp học", "số phòng học"]),
        ("phong-chuc-nang", ["phòng bộ môn", "phòng học bộ môn", "phòng chức năng", "phòng học chức năng", "phòng tin học", "phòng tin",
            "phòng máy tính", "phòng ngoại ngữ", "phòng tiếng anh", "phòng âm nhạc", "phòng giáo dục âm nhạc", "phòng mỹ thuật",
            "phòng giáo dục mỹ thuật", "phòng nghệ thuật", "phòng giáo dục nghệ thuật", "phòng thí nghiệm", "phòng thực hành",
            "phòng khoa học", "phòng công nghệ", "phòng học công nghệ", "phòng khoa học - công nghệ", "phòng stem", "phòng steam",
            "phòng đa năng", "nhà đa năng", "nhà tập đa năng", "nhà thể chất", "nhà giáo dục thể chất", "phòng thể chất",
            "phòng giáo dục thể chất", "phòng vận động", "phòng trải nghiệm", "phòng hỗ trợ giáo dục", "phòng hỗ trợ học sinh khuyết tật",
            "phòng giáo dục hòa nhập", "phòng hoạt động âm nhạc", "phòng phục vụ học tập", "khối phòng phục vụ học tập", "khối phục vụ học tập",
            "phòng lab", "phòng học thông minh"]),
        ("khoi-hanh-chinh", ["khối hành chính", "khối phòng hành chính", "hành chính - quản trị", "hành chính quản trị", "phòng hành chính",
            "phòng hiệu trưởng", "phòng phó hiệu trưởng", "phòng hội đồng", "phòng giáo viên", "phòng họp", "phòng kế toán", "phòng y tế",
            "phòng bảo vệ", "phòng thường trực", "phòng truyền thống", "phòng đội", "phòng công đoàn", "phòng làm việc", "khu hiệu bộ",
            "nhà hiệu bộ", "khối hiệu bộ", "phòng nghỉ giáo viên", "phòng tư vấn", "thiết bị văn phòng", "khu văn phòng", "phòng văn thư", "kho lưu trữ"]),
        ("ve-sinh-nuoc", ["nhà vệ sinh", "khu vệ sinh", "công trình vệ sinh", "phòng vệ sinh", "nhà vệ sinh di động", "nước sạch",
            "cấp nước", "thoát nước", "cấp thoát nước", "nước uống", "bể nước", "giếng nước", "máy lọc nước", "hệ thống nước",
            "rãnh thoát nước", "cống thoát nước", "bồn rửa tay", "chỗ rửa tay", "nhà tắm", "bể chứa nước"]),
        ("thiet-bi", ["thiết bị", "thiết bị dạy học", "trang thiết bị", "đồ dùng dạy học", "đồ dùng", "đồ chơi", "đồ dùng đồ chơi",
            "đồ chơi ngoài trời", "máy tính", "máy vi tính", "máy chiếu", "ti vi", "tivi", "bảng tương tác", "bảng thông minh",
            "màn hình tương tác", "học liệu", "bàn ghế", "máy in", "đàn organ", "dụng cụ thể dục", "thiết bị tdtt", "thiết bị thể thao",
            "máy tính bảng", "camera", "hệ thống âm thanh", "loa máy", "bộ thiết bị"]),
        ("tuong-rao-cong", ["tường rào", "hàng rào", "tường bao", "=cổng trường", "=cổng chính", "=cổng phụ", "=cổng", "biển trường",
            "biển tên trường", "nhà xe", "nhà để xe", "lán xe", "mái che", "nhà xe giáo viên", "nhà xe học sinh", "nhà bảo vệ"]),
        ("bep-an", ["bếp ăn", "nhà bếp", "=bếp", "nhà ăn", "phòng ăn", "khu bếp", "căng tin", "canteen", "bếp một chiều",
            "khối phòng tổ chức ăn", "phòng tổ chức ăn", "kho thực phẩm", "bếp ăn bán trú", "nhà ăn bán trú"]),
        ("cay-xanh", ["cây xanh", "bóng mát", "cây bóng mát", "bồn hoa", "vườn hoa", "vườn trường", "sân vườn", "cảnh quan", "thảm cỏ",
            "trồng cây", "vườn rau", "góc thiên nhiên", "bồn cây", "chậu cây", "mảng xanh"]),
        ("sua-chua", ["sửa chữa", "tu sửa", "xuống cấp", "cải tạo", "nâng cấp", "hư hỏng", "hư hại", "thấm dột", "=dột", "dột nát",
            "bong tróc", "=nứt", "=lún", "sơn lại", "sơn sửa", "chống thấm", "thay mái", "lợp lại", "sửa sang", "bảo trì", "duy tu",
            "=hỏng", "xây mới lại", "cải tạo nâng cấp"]),
    ];

    /// <summary>Words that say something is missing or must be done.</summary>
    public static readonly string[] GapMarkers =
    [
        "chưa", "thiếu", "không có", "không đủ", "không đạt", "xuống cấp", "hư hỏng", "=hư", "=hỏng", "=cần", "xây dựng", "xây mới", "xây thêm",
        "bổ sung", "sửa chữa", "cải tạo", "nâng cấp", "mua sắm", "=mua", "trang bị", "tham mưu", "đề xuất", "đầu tư", "mở rộng", "lắp đặt",
        "làm mới", "=làm", "hạn chế", "chật hẹp", "=tạm", "=dột", "=cũ", "lạc hậu", "=ít", "=nhỏ", "tăng cường", "kiến nghị", "=còn",
        "khó khăn", "tồn tại", "điểm yếu", "xin", "huy động", "kêu gọi", "hỗ trợ kinh phí",
    ];

    /// <summary>Words that say a facility is already fine or only needs keeping up.</summary>
    public static readonly string[] FineMarkers =
    [
        "đã có", "đạt chuẩn", "đầy đủ", "đáp ứng", "đảm bảo", "bảo đảm", "khang trang", "đạt yêu cầu", "kiên cố", "hiện đại", "rộng rãi",
        "thoáng mát", "sạch sẽ", "duy trì", "phát huy", "giữ gìn", "giữ vững", "có hiệu quả", "=tốt", "an toàn", "điểm mạnh", "=đủ",
        "được đầu tư", "đã được", "hoàn thiện",
    ];
}
