namespace Analytics.Ingest.Normalization;

/// <summary>The standards and criteria of the three accreditation circulars (facts of the circulars, as
/// data). Each line is "code|name" or "code|name|alias|alias…"; aliases are wordings schools use.
/// 17/2018: 5 standards, 27 criteria (primary). 18/2018: 5 standards, 28 criteria (lower and upper
/// secondary and multi-level schools). 19/2018: 5 standards, 25 criteria (preschool).</summary>
internal static class CriteriaData
{
    private static string Lines(params string[] blocks) => string.Join('\n', blocks);

    public const string Tt17 = "17/2018/TT-BGDĐT";
    public const string Tt18 = "18/2018/TT-BGDĐT";
    public const string Tt19 = "19/2018/TT-BGDĐT";

    private const string Common1 = """
        1.1|Phương hướng, chiến lược xây dựng và phát triển nhà trường
        1.2|Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác|Hội đồng trường và các hội đồng khác
        1.3|Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường
        1.4|Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng
        """;

    private const string Common1Tail = """
        1.6|Quản lý hành chính, tài chính và tài sản
        1.7|Quản lý cán bộ, giáo viên và nhân viên
        1.8|Quản lý các hoạt động giáo dục
        1.9|Thực hiện quy chế dân chủ cơ sở
        1.10|Đảm bảo an ninh trật tự, an toàn trường học
        """;

    private const string School2 = """
        2.1|Đối với hiệu trưởng, phó hiệu trưởng
        2.2|Đối với giáo viên
        2.3|Đối với nhân viên
        """;

    private const string Common4Tail = """
        4.2|Công tác tham mưu cấp ủy đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường
        """;

    public static readonly string[] GeneralStandards =
    [
        "Tổ chức và quản lý nhà trường",
        "Cán bộ quản lý, giáo viên, nhân viên và học sinh",
        "Cơ sở vật chất và thiết bị dạy học",
        "Quan hệ giữa nhà trường, gia đình và xã hội",
        "Hoạt động giáo dục và kết quả giáo dục",
    ];

    public static readonly string[] PreschoolStandards =
    [
        "Tổ chức và quản lý nhà trường",
        "Cán bộ quản lý, giáo viên và nhân viên",
        "Cơ sở vật chất và thiết bị dạy học",
        "Quan hệ giữa nhà trường, gia đình và xã hội",
        "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ",
    ];

    public static readonly string Primary = Lines(Common1, """
        1.5|Lớp học|Tổ chức lớp học|Khối lớp và tổ chức lớp học
        """, Common1Tail, School2, """
        2.4|Đối với học sinh
        3.1|Khuôn viên, sân chơi, sân tập|Khuôn viên, khu vực sân chơi, sân tập
        3.2|Phòng học
        3.3|Khối phòng phục vụ học tập và khối phòng hành chính - quản trị
        3.4|Khu vệ sinh, hệ thống cấp thoát nước
        3.5|Thiết bị|Thiết bị dạy học
        3.6|Thư viện
        4.1|Ban đại diện cha mẹ học sinh
        """, Common4Tail, """
        5.1|Kế hoạch giáo dục của nhà trường
        5.2|Thực hiện Chương trình giáo dục phổ thông cấp tiểu học
        5.3|Thực hiện các hoạt động giáo dục khác
        5.4|Công tác phổ cập giáo dục tiểu học
        5.5|Kết quả giáo dục
        """);

    public static readonly string Secondary = Lines(Common1, """
        1.5|Lớp học|Tổ chức lớp học|Khối lớp và tổ chức lớp học
        """, Common1Tail, School2, """
        2.4|Đối với học sinh
        3.1|Khuôn viên, khu sân chơi, bãi tập
        3.2|Phòng học, phòng học bộ môn và khối phục vụ học tập|Phòng học, phòng bộ môn và các khối phục vụ học tập
        3.3|Khối hành chính - quản trị|Khối phòng hành chính - quản trị
        3.4|Khu vệ sinh, hệ thống cấp thoát nước
        3.5|Thiết bị|Thiết bị dạy học
        3.6|Thư viện
        4.1|Ban đại diện cha mẹ học sinh
        """, Common4Tail, """
        5.1|Thực hiện Chương trình giáo dục phổ thông
        5.2|Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn, học sinh có năng khiếu, học sinh gặp khó khăn trong học tập và rèn luyện
        5.3|Thực hiện nội dung giáo dục địa phương theo quy định
        5.4|Các hoạt động trải nghiệm và hướng nghiệp
        5.5|Hình thành, phát triển các kỹ năng sống cho học sinh
        5.6|Kết quả giáo dục
        """);

    public static readonly string Preschool = Lines(Common1.Replace(
            "Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác",
            "Hội đồng trường (Hội đồng quản trị đối với trường tư thục, dân lập) và các hội đồng khác"), """
        1.5|Tổ chức nhóm trẻ và lớp mẫu giáo
        """, Common1Tail, School2, """
        3.1|Diện tích, khuôn viên và sân vườn
        3.2|Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập
        3.3|Khối phòng hành chính - quản trị
        3.4|Khối phòng tổ chức ăn
        3.5|Thiết bị, đồ dùng, đồ chơi
        3.6|Khu vệ sinh, hệ thống cấp thoát nước
        4.1|Ban đại diện cha mẹ trẻ
        """, Common4Tail, """
        5.1|Thực hiện Chương trình giáo dục mầm non
        5.2|Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ
        5.3|Kết quả nuôi dưỡng và chăm sóc sức khỏe
        5.4|Kết quả giáo dục
        """);
}
