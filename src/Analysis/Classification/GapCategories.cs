namespace Analytics.Analysis.Classification;

/// <summary>The eleven facility-gap categories of the record contract, in contract order, with the
/// Vietnamese names used in reports.</summary>
public static class GapCategories
{
    public static IReadOnlyList<string> All { get; } =
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
    public static string DisplayName(string code) => Names.TryGetValue(code, out var name) ? name : code;

    public static int IndexOf(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == code) return i;
        }
        return -1;
    }
}
