using Analytics.Ingest.Review;

namespace Analytics.Cli.Web.Pages;

/// <summary>Correctable fields as the review page names them, in Vietnamese.</summary>
internal static class ReviewLabels
{
    public static string Field(FieldPath? path) => path is null ? "Toàn bộ kế hoạch" : path.Item is { } n ? $"Nội dung {n}: {Name(path.Name)}" : Name(path.Name);

    public static string Name(string name) => name switch
    {
        "school.name" => "Tên trường",
        "school.level" => "Cấp học (mam-non, tieu-hoc, thcs, thpt, lien-cap)",
        "school.province" => "Tỉnh/thành (theo văn bản)",
        "school.district" => "Quận/huyện",
        "document.number" => "Số văn bản",
        "document.date" => "Ngày ban hành (yyyy-mm-dd)",
        "document.title" => "Tiêu đề",
        "criterion" => "Mã tiêu chí",
        "criterionName" => "Tên tiêu chí",
        "target" => "Mục tiêu",
        "actions" => "Biện pháp",
        "lead" => "Phụ trách",
        "timeline" => "Thời gian",
        "budget" => "Kinh phí",
        "funding" => "Nguồn kinh phí",
        _ => name,
    };

    /// <summary>What a flag's detail means, in words ("52%" → "độ tin cậy 52%").</summary>
    public static string? Detail(ReviewFlag flag) => flag.Detail is null ? null : flag.Reason switch
    {
        ReviewReason.LowOcrConfidence => "độ tin cậy " + flag.Detail,
        ReviewReason.RestoredText => flag.Detail + " chỗ đã sửa",
        ReviewReason.CriterionNameMismatch when flag.Detail.StartsWith('∉') => "mã không có trong danh mục của thông tư " + flag.Detail[1..].Trim(),
        ReviewReason.CriterionNameMismatch => "theo thông tư: " + flag.Detail,
        _ => flag.Detail,
    };
}
