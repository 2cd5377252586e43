namespace Analytics.Ingest.Tests.Variants;

/// <summary>How schools head each column of an improvement-plan table, written from the genre (circular
/// templates, the ways offices reword them), not from the parser's vocabulary: the harness asks whether the
/// parser reads wordings it was not written for.</summary>
public static class HeaderWordings
{
    public static IReadOnlyList<string> Of(VariantField field) => field switch
    {
        VariantField.Number => ["TT", "STT", "Số TT", "Thứ tự"],
        VariantField.Criterion => ["Tiêu chí", "Tiêu chí cần cải tiến", "Tiêu chí đánh giá", "Tiêu chuẩn, tiêu chí", "Tiêu chí (mã, tên)", "TC cần cải tiến"],
        VariantField.CriterionCode => ["Mã tiêu chí", "Tiêu chí", "Số hiệu tiêu chí"],
        VariantField.CriterionName => ["Tên tiêu chí", "Nội dung tiêu chí"],
        VariantField.Target => ["Mục tiêu", "Kết quả cần đạt", "Mục tiêu cải tiến", "Yêu cầu cần đạt", "Chỉ tiêu phấn đấu", "Nội dung cải tiến", "Kết quả mong đợi"],
        VariantField.Actions => ["Biện pháp", "Giải pháp thực hiện", "Các hoạt động chính", "Nhiệm vụ, giải pháp", "Biện pháp, cách thức thực hiện", "Việc cần làm", "Hoạt động cải tiến"],
        VariantField.Lead => ["Người thực hiện", "Người phụ trách", "Bộ phận chủ trì", "Đơn vị/cá nhân thực hiện", "Người chịu trách nhiệm", "Chủ trì thực hiện", "Phụ trách"],
        VariantField.Timeline => ["Thời gian", "Thời gian thực hiện", "Thời hạn hoàn thành", "Thời gian bắt đầu – kết thúc", "Mốc thời gian", "Lộ trình thực hiện"],
        VariantField.Budget => ["Kinh phí", "Kinh phí dự kiến", "Dự trù kinh phí", "Chi phí ước tính", "Tổng kinh phí", "Kinh phí (đồng)"],
        VariantField.Funding => ["Nguồn kinh phí", "Nguồn", "Nguồn huy động", "Nguồn vốn", "Từ nguồn"],
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Columns offices add that hold no field of the record, with what their cells say.</summary>
    public static IReadOnlyList<(string Header, string[] Cells)> Extras { get; } =
    [
        ("Ghi chú", ["", "", "Ưu tiên thực hiện trước", "Phối hợp Hội cha mẹ học sinh"]),
        ("Minh chứng", ["Biên bản kiểm tra", "Hồ sơ lưu tại văn phòng", "Báo cáo tổng kết", "Sổ theo dõi"]),
        ("Sản phẩm", ["Báo cáo kết quả", "Biên bản nghiệm thu", "Hồ sơ được cập nhật", "Kế hoạch chi tiết"]),
        ("Mức độ ưu tiên", ["Cao", "Trung bình", "Cao", "Thấp"]),
        ("Đơn vị phối hợp", ["Công đoàn trường", "Hội cha mẹ học sinh", "Tổ văn phòng", "Đoàn thanh niên"]),
        ("Chỉ số đánh giá", ["Đạt 100% kế hoạch", "Hoàn thành đúng hạn", "Được nghiệm thu", "Có hồ sơ minh chứng"]),
    ];

    /// <summary>Merged headers offices put over two adjacent columns, by the fields beneath.</summary>
    public static IReadOnlyList<(string Top, VariantField Left, string LeftLabel, VariantField Right, string RightLabel)> Groups { get; } =
    [
        ("Kinh phí", VariantField.Budget, "Dự kiến", VariantField.Funding, "Nguồn"),
        ("Kinh phí thực hiện", VariantField.Budget, "Số tiền", VariantField.Funding, "Nguồn kinh phí"),
        ("Tổ chức thực hiện", VariantField.Lead, "Người phụ trách", VariantField.Timeline, "Thời gian"),
        ("Thực hiện", VariantField.Lead, "Người/bộ phận", VariantField.Timeline, "Thời gian"),
    ];

    /// <summary>How a prose plan labels each field of an item's block ("- Biện pháp: …").</summary>
    public static IReadOnlyList<string> LabelOf(VariantField field) => field switch
    {
        VariantField.Target => ["Mục tiêu", "Kết quả cần đạt", "Nội dung cải tiến", "Yêu cầu đạt được", "Mục tiêu cần đạt"],
        VariantField.Actions => ["Biện pháp", "Giải pháp", "Biện pháp thực hiện", "Các hoạt động", "Cách thực hiện", "Nhiệm vụ, giải pháp"],
        VariantField.Lead => ["Người thực hiện", "Người phụ trách", "Phụ trách", "Trách nhiệm thực hiện", "Bộ phận thực hiện"],
        VariantField.Timeline => ["Thời gian", "Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn"],
        VariantField.Budget => ["Kinh phí", "Kinh phí dự kiến", "Dự kiến kinh phí", "Kinh phí thực hiện"],
        VariantField.Funding => ["Nguồn kinh phí", "Nguồn", "Nguồn huy động", "Nguồn vốn"],
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
