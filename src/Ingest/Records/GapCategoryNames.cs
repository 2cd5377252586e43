namespace Analytics.Ingest.Records;

/// <summary>The eleven facility-gap categories of the record contract, in contract order, with their one set
/// of Vietnamese names: search facets, query values, the workspace and the reports all read them here.</summary>
public static class GapCategoryNames
{
    public static IReadOnlyList<string> Codes { get; } =
    [
        "thu-vien", "san-choi-bai-tap", "phong-hoc", "phong-chuc-nang", "khoi-hanh-chinh",
        "ve-sinh-nuoc", "thiet-bi", "tuong-rao-cong", "bep-an", "cay-xanh", "sua-chua",
    ];

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["thu-vien"] = "Thư viện",
        ["san-choi-bai-tap"] = "Sân chơi, bãi tập, khuôn viên",
        ["phong-hoc"] = "Phòng học",
        ["phong-chuc-nang"] = "Phòng bộ môn, phòng chức năng",
        ["khoi-hanh-chinh"] = "Khối hành chính - quản trị",
        ["ve-sinh-nuoc"] = "Vệ sinh, nước sạch, thoát nước",
        ["thiet-bi"] = "Thiết bị, đồ dùng, đồ chơi",
        ["tuong-rao-cong"] = "Tường rào, cổng, nhà xe",
        ["bep-an"] = "Bếp ăn, nhà ăn",
        ["cay-xanh"] = "Cây xanh, cảnh quan",
        ["sua-chua"] = "Sửa chữa, cải tạo công trình xuống cấp",
    };

    public static bool IsKnown(string code) => Names.ContainsKey(code);

    /// <summary>The Vietnamese name of a category code, or the code itself when unknown.</summary>
    public static string Name(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
