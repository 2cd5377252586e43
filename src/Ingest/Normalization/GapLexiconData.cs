namespace Analytics.Ingest.Normalization;

/// <summary>Keywords of the facility-gap categories (record contract) and the words that say a facility
/// is lacking or already fine. A leading '=' marks a word whose folded form is another word too ("bãi tập"
/// and "bài tập", "cổng" and "công", "cần" and "cán"): it only counts written with its own accents.</summary>
internal static class GapLexiconData
{
    public static readonly (string Category, string[] Keywords)[] Categories =
    [
        ("thu-vien", ["thư viện", "t. viện", "t.viện", "tủ sách", "phòng đọc", "góc đọc sách", "sách tham khảo", "thư viện xanh", "thư viện thân thiện",
            "bàn ghế đọc", "giá sách", "kệ sách", "đầu sách", "kho sách", "vốn sách", "sách giáo khoa dùng chung", "không gian đọc", "phòng thư viện"]),
        ("san-choi-bai-tap", ["sân chơi", "sân tập", "=bãi tập", "sân trường", "khuôn viên", "sân thể dục", "sân bóng", "sân thể thao", "sân vận động",
            "đường chạy", "hố nhảy", "khu vui chơi", "khu vực sân chơi", "diện tích đất", "quỹ đất", "sân bê tông",
            "mái che sân trường", "mái che sân chơi", "cốt sân", "nền sân", "nhà vòm", "mái vòm", "mặt sân", "sân cỏ", "khu vận động",
            "sân bóng đá", "sân bóng chuyền", "sân cầu lông", "sân bóng rổ", "diện tích khuôn viên", "giải phóng mặt bằng",
            "khu đất trống", "sân vườn", "cỏ nhân tạo", "thảm cỏ nhân tạo", "sân cỏ nhân tạo", "khu tập thể dục", "khu tập luyện", "khu thể dục thể thao",
            "khu giáo dục thể chất"]),
        ("phong-hoc", ["phòng học", "phòng học kiên cố", "phòng học tạm", "phòng học bán kiên cố", "phòng học nhờ", "phòng học xuống cấp",
            "phòng nhóm trẻ", "phòng sinh hoạt chung", "phòng ngủ", "khối phòng nhóm trẻ", "phòng lớp học", "số phòng học",
            "bàn ghế", "bàn ghế học sinh", "bàn ghế giáo viên", "phòng nhóm lớp", "phòng nuôi dưỡng", "phòng học tạm",
            "lớp học tạm", "kiên cố hóa phòng học"]),
        ("phong-chuc-nang", ["phòng bộ môn", "phòng học bộ môn", "phòng chức năng", "phòng học chức năng", "phòng tin học", "phòng tin",
            "phòng máy tính", "phòng ngoại ngữ", "phòng tiếng anh", "phòng âm nhạc", "phòng giáo dục âm nhạc", "phòng mỹ thuật",
            "phòng giáo dục mỹ thuật", "phòng nghệ thuật", "phòng giáo dục nghệ thuật", "phòng thí nghiệm", "phòng thực hành",
            "phòng khoa học", "phòng công nghệ", "phòng học công nghệ", "phòng khoa học - công nghệ", "phòng stem", "phòng steam",
            "phòng đa năng", "nhà đa năng", "nhà tập đa năng", "nhà thể chất", "nhà giáo dục thể chất", "phòng thể chất",
            "phòng giáo dục thể chất", "phòng vận động", "phòng trải nghiệm", "phòng hỗ trợ giáo dục", "phòng hỗ trợ học sinh khuyết tật",
            "phòng giáo dục hòa nhập", "phòng hoạt động âm nhạc", "phòng phục vụ học tập", "khối phòng phục vụ học tập", "khối phục vụ học tập",
            "phòng lab", "phòng học thông minh", "phòng y tế", "phòng y tế học đường", "phòng học stem", "phòng học steam",
            "phòng học tiếng anh", "phòng học ngoại ngữ", "phòng học tin học", "phòng học âm nhạc", "phòng học mỹ thuật",
            "phòng học nghệ thuật", "phòng học khoa học", "hội trường", "hội trường đa năng", "phòng tham vấn", "phòng tư vấn học đường",
            "phòng tư vấn tâm lý", "nhà thi đấu", "nhà thi đấu đa năng", "phòng hỗ trợ học tập", "phòng máy"]),
        ("khoi-hanh-chinh", ["khối hành chính", "khối phòng hành chính", "hành chính - quản trị", "hành chính quản trị", "phòng hành chính",
            "phòng hiệu trưởng", "phòng phó hiệu trưởng", "phòng hội đồng", "phòng giáo viên", "phòng họp", "phòng kế toán",
            "phòng truyền thống", "phòng đội", "phòng công đoàn", "phòng làm việc", "nhà làm việc", "khu hiệu bộ", "phòng kho", "nhà kho", "=kho",
            "nhà hiệu bộ", "khối hiệu bộ", "phòng nghỉ giáo viên", "phòng tư vấn", "thiết bị văn phòng", "khu văn phòng", "phòng văn thư", "kho lưu trữ", "văn phòng",
            "máy photocopy", "máy photo", "máy scan", "máy in văn phòng", "khu hành chính", "nhà công vụ", "nhà ở công vụ",
            "phòng sinh hoạt chuyên môn", "phòng nghỉ", "tủ hồ sơ", "tủ đựng hồ sơ",
            "bàn ghế phòng họp", "bàn ghế văn phòng", "bàn ghế phòng hội đồng", "kho chứa",
            "bộ phận văn thư", "bộ phận kế toán", "bộ phận hành chính", "bộ phận văn phòng"]),
        ("ve-sinh-nuoc", ["nhà vệ sinh", "khu vệ sinh", "công trình vệ sinh", "phòng vệ sinh", "nhà vệ sinh di động", "nước sạch",
            "cấp nước", "thoát nước", "cấp thoát nước", "nước uống", "bể nước", "giếng nước", "máy lọc nước", "hệ thống nước",
            "rãnh thoát nước", "cống thoát nước", "bồn rửa tay", "chỗ rửa tay", "=nhà tắm", "lọc nước", "hệ thống lọc nước", "bể chứa nước", "thiết bị vệ sinh",
            "ngập úng", "ngập nước", "nước thải", "hố ga", "nước sinh hoạt", "nước máy", "bệ xí", "tiểu treo", "bồn cầu",
            "nước giếng", "giếng khoan", "khu rửa tay", "vòi nước", "máy bơm", "máy bơm nước", "~rãnh", "~mương", "nắp rãnh", "nắp cống"]),
        ("thiet-bi", ["thiết bị", "thiết bị dạy học", "trang thiết bị", "đồ dùng dạy học", "đồ dùng", "đồ chơi", "đồ dùng đồ chơi",
            "đồ chơi ngoài trời", "máy tính", "máy vi tính", "máy chiếu", "ti vi", "tivi", "bảng tương tác", "bảng thông minh",
            "màn hình tương tác", "học liệu", "máy in", "đàn organ", "dụng cụ thể dục", "thiết bị tdtt", "thiết bị thể thao",
            "máy tính bảng", "camera", "hệ thống âm thanh", "loa máy", "bộ thiết bị", "tranh ảnh", "bản đồ",
            "dụng cụ tập luyện", "dụng cụ thể thao", "nhạc cụ", "đồ dùng dạy học", "dụng cụ vận động", "~máy",
            "đddh", "tbdh", "ttb", "đdđc", "~loa", "micro", "âm ly", "amply", "tai nghe"]),
        ("tuong-rao-cong", ["tường rào", "hàng rào", "tường bao", "=cổng trường", "=cổng chính", "=cổng phụ", "=cổng", "biển trường",
            "biển tên trường", "nhà xe", "nhà để xe", "lán xe", "mái che nhà xe", "nhà xe giáo viên", "nhà xe học sinh", "nhà bảo vệ", "phòng bảo vệ", "phòng thường trực", "khu để xe", "chỗ để xe",
            "phòng thường trực bảo vệ", "hàng rào thép gai", "chỗ để xe máy", "nhà để xe máy", "khu để xe máy"]),
        ("bep-an", ["bếp ăn", "nhà bếp", "bếp", "nhà ăn", "phòng ăn", "khu bếp", "căng tin", "canteen", "bếp một chiều",
            "khối phòng tổ chức ăn", "phòng tổ chức ăn", "kho thực phẩm", "bếp ăn bán trú", "nhà ăn bán trú", "thiết bị nhà bếp",
            "dụng cụ nhà bếp", "đồ dùng nhà bếp", "tủ nấu cơm", "tủ hấp", "bếp gas", "bếp điện", "dụng cụ chế biến", "khu chế biến",
            "chế biến thức ăn", "tủ lưu mẫu", "căn tin", "căn-tin", "bàn ghế ăn"]),
        ("cay-xanh", ["cây xanh", "bóng mát", "cây bóng mát", "bồn hoa", "vườn hoa", "vườn trường", "cảnh quan", "thảm cỏ",
            "trồng cây", "vườn rau", "góc thiên nhiên", "bồn cây", "chậu cây", "mảng xanh", "vườn cổ tích", "vườn thiên nhiên",
            "tiểu cảnh", "cây cảnh", "hàng cây", "cây bàng", "vườn thuốc nam", "phủ xanh"]),
        ("sua-chua", ["sửa chữa", "tu sửa", "xuống cấp", "cải tạo", "nâng cấp", "hư hỏng", "hư hại", "thấm dột", "=dột", "dột nát",
            "bong tróc", "=nứt", "=lún", "sơn lại", "sơn sửa", "chống thấm", "thay mái", "lợp lại", "sửa sang", "bảo trì", "duy tu",
            "=hỏng", "xây mới lại", "cải tạo nâng cấp", "bị mục", "mục nát", "hoen gỉ", "gỉ sét", "tu bổ", "quét vôi", "chập cháy", "bị vỡ", "bị đổ", "đổ sập", "sụt lún", "bị thủng",
            "lát lại", "xây lại", "nâng nền", "tôn nền"]),
    ];

    /// <summary>Phrases that contain a keyword but name no facility ("Phòng Giáo dục và Đào tạo" is an office,
    /// "văn phòng học tập" no classroom, "nâng cấp độ" no upgrade of a building); they hide the keyword.</summary>
    public static readonly string[] NotFacilities =
    [
        "tổ văn phòng", "nhân viên văn phòng", "văn phòng phẩm", "phòng giáo dục và đào tạo", "phòng giáo dục - đào tạo", "phòng gd&đt", "phòng gd", "phòng gdđt",
        "phòng giáo dục", "phòng tc-kh", "phòng tài chính", "phòng nội vụ", "phòng chống", "phòng, chống", "đề phòng", "phòng ngừa",
        "phòng bệnh", "dự phòng", "phòng cháy", "thiết bị phòng cháy", "thiết bị phòng chống cháy", "trang thiết bị phòng cháy",
        "trang thiết bị phòng chống cháy", "nâng cấp độ", "cấp độ", "kẻ trồng cây", "trồng cây gây rừng", "sửa chữa sai sót",
        "sửa chữa những", "khắc phục", "thiết bị đảm bảo antt", "đồ dùng cá nhân", "sân khấu hóa", "diện tích đất nông nghiệp",
        "nhân viên thư viện", "nhân viên thiết bị", "nhân viên thư viện - thiết bị", "nhân viên thư viện, thiết bị", "cán bộ thư viện",
        "viên chức thư viện", "phụ trách thư viện", "phụ trách thiết bị", "học liệu số", "thư viện số",
        "quản lý thiết bị", "phần mềm quản lý", "bảo quản thiết bị", "bảo dưỡng thiết bị", "cổng thông tin", "cổng thông tin điện tử",
        "=cổng dịch vụ công", "nhân viên y tế", "cơ sở vật chất và tài chính", "bản đồ tư duy", "phòng thiết bị",
        "cải tạo đất", "kho thiết bị", "bộ máy", "xe máy", "nhà máy", "giáo viên thư viện", "cán bộ thiết bị", "giáo viên thiết bị", "nhân viên bếp", "nhân viên nhà bếp", "máy điều hòa", "máy lạnh", "máy phát điện", "nghiệp vụ thư viện", "nghiệp vụ thiết bị", "nghiệp vụ thư viện, thiết bị", "nghiệp vụ thư viện - thiết bị",
    ];

    /// <summary>Words that say something is missing or must be done.</summary>
    public static readonly string[] GapMarkers =
    [
        "chưa", "~thiếu", "không có", "không đủ", "không đạt", "xuống cấp", "hư hỏng", "=hư", "=hỏng", "=cần", "xây dựng", "xây mới", "xây thêm",
        "bổ sung", "sửa chữa", "cải tạo", "nâng cấp", "mua sắm", "=mua", "trang bị", "tham mưu", "đề xuất", "đầu tư", "mở rộng", "lắp đặt",
        "làm mới", "=làm", "hạn chế", "chật hẹp", "=tạm", "=dột", "=cũ", "lạc hậu", "=ít", "=nhỏ", "tăng cường", "kiến nghị", "=còn",
        "khó khăn", "tồn tại", "điểm yếu", "xin", "huy động", "kêu gọi", "hỗ trợ kinh phí", "thay mới", "thay thế", "lắp mới",
        "mua mới", "xây lại", "làm lại", "nâng nền", "lát gạch", "trồng thêm", "trồng bổ sung", "sắp xếp lại", "bố trí",
        "kiên cố hóa", "bê tông hóa", "không đảm bảo", "không bảo đảm", "không đúng", "nâng cao", "đến năm", "phấn đấu", "hoàn thành", "=hẹp", "tạm bợ",
    ];

    /// <summary>Words that say a facility is already fine or only needs keeping up.</summary>
    public static readonly string[] FineMarkers =
    [
        "đã có", "đạt chuẩn", "đầy đủ", "đáp ứng", "đảm bảo", "bảo đảm", "khang trang", "đạt yêu cầu", "kiên cố", "hiện đại", "rộng rãi",
        "thoáng mát", "sạch sẽ", "duy trì", "phát huy", "giữ gìn", "giữ vững", "có hiệu quả", "=tốt", "an toàn", "điểm mạnh", "=đủ",
        "được đầu tư", "đã được", "được trang bị", "được xây dựng", "được cải tạo", "được sửa chữa", "được bổ sung", "đã hoàn thiện",
        "đúng quy cách", "sắp xếp khoa học", "bố trí khoa học", "ngăn nắp", "gọn gàng",
    ];
}
