using Analytics.Ingest.Records;

namespace Analytics.Cli.Web.Wording;

/// <summary>Why a correction was refused (the desk says it in English for the CLI), in Vietnamese.</summary>
internal static class CorrectionErrorWording
{
    private static readonly MessageTable Messages = new(
    [
        (@"^no plan is stored under (.+)$", "không có kế hoạch nào được lưu với tên $1"),
        (@"^(.+) holds (\d+) plan\(s\), not plan (\d+)$", "$1 chỉ có $2 kế hoạch, không có kế hoạch thứ $3"),
        (@"^say who corrects \(a name\)$", "hãy ghi tên người sửa"),
        (@"^unknown field (""[^""]*"").*$", "không có trường $1 để sửa"),
        (@"^the plan has (\d+) items, not (\d+)$", "kế hoạch có $1 nội dung, không có nội dung thứ $2"),
        (@"^(""[^""]*"") is not a date written yyyy-MM-dd$", "$1 không phải ngày dạng năm-tháng-ngày (yyyy-mm-dd)"),
        (@"^(""[^""]*"") is not a level \((.+)\)$", "$1 không phải cấp học ($2)"),
    ]);

    public static string Vietnamese(string message) => Messages.TryTranslate(message) ?? message;
}
