using System.Text.RegularExpressions;

namespace Analytics.Ingest.Records;

/// <summary>Ingest warnings as an analyst reads them, in Vietnamese. The record keeps the English message
/// (logs, tests and the export contract read it); the workspace and the reports show this wording. A message
/// no pattern knows is shown as recorded rather than dropped.</summary>
public static partial class WarningWording
{
    private static readonly MessageTable Messages = new(
    [
        (@"^criterion (\S+) recognised from its name (.+) \(no number written\)$", "nhận ra tiêu chí $1 từ tên $2 (không ghi số)"),
        (@"^(.+) is criterion (\S+), not (\S+) as numbered; \S+ kept$", "$1 là tiêu chí $2, không phải $3 như số ghi; giữ $2"),
        (@"^(\S+) is not a criterion of the (\S+) standards$", "$1 không phải tiêu chí của bộ tiêu chuẩn cấp $2"),
        (@"^approximate amount \((.+)\)$", "số tiền ước chừng ($1)"),
        (@"^product computed: (\S+) x (\S+)$", "đã nhân ra số tiền: $1 × $2"),
        (@"^a range of amounts \((\S+) to (\S+) đồng\); no single value taken$", "một khoảng số tiền ($1 đến $2 đồng); không lấy giá trị nào"),
        (@"^a range of amounts; its upper end taken as the budget$", "một khoảng số tiền; lấy mức cao làm kinh phí"),
        (@"^a total followed by its parts; the total taken$", "tổng số kèm các phần; lấy tổng số"),
        (@"^(\d+) separate amounts in one cell; their sum taken$", "$1 số tiền trong một ô; lấy tổng"),
        (@"^(\d+) amounts in one cell, not all of them single values; no total taken$", "$1 số tiền trong một ô, có số không phải một giá trị; không cộng"),
        (@"^several unit-less numbers; none taken as the amount$", "nhiều số không có đơn vị; không lấy số nào làm kinh phí"),
        (@"^a number without unit \((\S+)\) is too small to be an amount in đồng; no value taken$", "số không có đơn vị ($1) quá nhỏ để là số tiền; không lấy"),
        (@"^amount written without a unit; read as đồng$", "số tiền không ghi đơn vị; hiểu là đồng"),
        (@"^amount (\S+) đồng is implausibly large for one plan item$", "số tiền $1 đồng quá lớn cho một nội dung"),
        (@"^no amount understood in (.+)$", "không đọc được số tiền trong $1"),
        (@"^no time understood in (.+)$", "không đọc được thời gian trong $1"),
        (@"^a date without a year and no plan period to place it$", "mốc thời gian không ghi năm và kế hoạch không ghi giai đoạn"),
        (@"^ends \((\S+)\) before it starts \((\S+)\)$", "kết thúc ($1) trước khi bắt đầu ($2)"),
        (@"^spans (\d+) years; read as (\S+) but left unknown$", "kéo dài $1 năm; đọc được $2 nhưng để trống"),
        (@"^(.+); read as (\S+) but left unknown$", "$1; đọc được $2 nhưng để trống"),
        (@"^(.+) lies far outside the plan's period (\S+) \(a typo\?\); months not given$", "$1 nằm xa ngoài giai đoạn kế hoạch $2 (gõ nhầm?); không ghi tháng"),
        (@"^(\d+) time expression\(s\) stand apart from the items they belong to .*$", "$1 mốc thời gian đứng tách khỏi nội dung của nó; chưa gán"),
        (@"^the row names the criterion but gives no action, time or budget$", "dòng ghi tiêu chí nhưng không có giải pháp, thời gian hay kinh phí"),
        (@"^no ""Trường …"" name found$", "không tìm thấy tên trường (\"Trường …\")"),
        (@"^no ""KẾ HOẠCH"" title found$", "không tìm thấy tên văn bản \"KẾ HOẠCH\""),
        (@"^no issue date .* found$", "không tìm thấy ngày ban hành (\"…, ngày … tháng … năm …\")"),
        (@"^no improvement items found$", "không tìm thấy nội dung cải tiến"),
        (@"^a table without a recognisable header was read by its content$", "bảng không có dòng tiêu đề rõ ràng được đọc theo nội dung"),
        (@"^an improvement table has no rows with content$", "bảng kế hoạch không có dòng nào có nội dung"),
        (@"^criterion (\S+): no result ticked$", "tiêu chí $1: không đánh dấu kết quả"),
        (@"^criterion (\S+) is listed more than once .*$", "tiêu chí $1 được ghi hơn một lần (nhầm số?); giữ cả hai dòng"),
        (@"^row (.+) has a result but no criterion number .*$", "dòng $1 có kết quả nhưng không có số tiêu chí; không ghi nhận"),
        (@"^no byte-order mark and not UTF-8; read as (\S+)$", "tệp không phải UTF-8; đọc theo bảng mã $1"),
        (@"^no text recognised$", "không nhận dạng được chữ"),
        (@"^deskewed by (\S+)°$", "đã chỉnh trang nghiêng $1°"),
        (@"^turned upright \((\d+)° clockwise\)$", "đã xoay trang cho thẳng ($1° theo chiều kim đồng hồ)"),
        (@"^scaled from (\S+) to (\S+) dpi$", "đã đổi độ phân giải từ $1 lên $2 dpi"),
    ]);

    /// <summary>The warning's message in Vietnamese, its "label: " prefix (item or page) kept.</summary>
    public static string Message(string message)
    {
        if (Translate(message) is { } whole) return whole;
        var (prefix, rest) = SplitLabel(message);
        return prefix.Length > 0 && Translate(rest) is { } labelled ? LabelWords(prefix) + labelled : message;
    }

    private static string? Translate(string message) => Messages.TryTranslate(message);

    /// <summary>The record field a warning is about, named as the plan names it.</summary>
    public static string Field(string field) => ItemIndex().Replace(field, "") switch
    {
        "items.budget" => "Kinh phí",
        "items.timeline" => "Thời gian thực hiện",
        "items.criterion" => "Tiêu chí",
        "items" => "Nội dung cải tiến",
        "assessments" => "Kết quả tự đánh giá",
        "document.date" => "Ngày ban hành",
        "document.title" => "Tên văn bản",
        "document.period" => "Giai đoạn kế hoạch",
        "school.name" => "Tên trường",
        "source" => "Tệp nguồn",
        var other => other,
    };

    /// <summary>The item labels ingest writes when a row has no criterion ("row 4: ", "item: ").</summary>
    private static string LabelWords(string prefix) =>
        prefix.StartsWith("row ", StringComparison.Ordinal) ? "dòng " + prefix[4..]
        : prefix.StartsWith("p.", StringComparison.Ordinal) ? "trang " + prefix[2..]
        : prefix == "item: " ? "nội dung: " : prefix;

    /// <summary>"3.1: approximate amount" → ("3.1: ", "approximate amount"); also "p.2: …" and "file.txt: …".</summary>
    private static (string Prefix, string Remainder) SplitLabel(string message)
    {
        var match = Label().Match(message);
        return match.Success ? (match.Value, message[match.Length..]) : ("", message);
    }

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*|p\.\d+|[^:""]{1,60}?): (?:p\.\d+: )?(?=\S)")]
    private static partial Regex Label();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ItemIndex();
}
