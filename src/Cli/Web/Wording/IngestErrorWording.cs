using Analytics.Ingest.Records;

namespace Analytics.Cli.Web.Wording;

/// <summary>Why a file was refused or failed, in Vietnamese for the upload list.</summary>
internal static class IngestErrorWording
{
    private static readonly MessageTable Table = new(
    [
        (@"^not a plan: .* has no improvement items, self-assessment or plan title$", "không phải kế hoạch cải tiến: không có nội dung cải tiến, kết quả tự đánh giá hay tên kế hoạch"),
        (@"^not a plan: .* has no text$", "không phải kế hoạch cải tiến: tệp không có chữ"),
        (@"^empty file$", "tệp rỗng"),
        (@"^file is larger than the (\d+) MB limit$", "tệp lớn hơn giới hạn $1 MB"),
        (@"^no text found(.*)$", "không tìm thấy chữ trong tệp$1"),
        (@"^unsupported format \((.*)\)$", "định dạng không được hỗ trợ ($1)"),
        (@"^encrypted PDF.*$", "PDF có mật khẩu: hãy lưu một bản không đặt mật khẩu"),
        (@"^the document is password-protected.*$", "văn bản có mật khẩu: hãy gỡ mật khẩu trong Word rồi lưu lại"),
        (@"^the PDF has (\d+) pages \(limit (\d+)\)$", "PDF có $1 trang (tối đa $2)"),
        (@"^not a DOCX package.*$", "không phải tệp Word DOCX hợp lệ"),
        (@"^damaged( or truncated)? DOCX.*$", "tệp Word DOCX bị hỏng hoặc không trọn vẹn"),
        (@"^not an Excel workbook.*$", "không phải tệp Excel XLSX hợp lệ"),
        (@"^damaged( or truncated)? Excel workbook.*$", "tệp Excel bị hỏng hoặc không trọn vẹn"),
        (@"^reading (.*) needs LibreOffice.*$", "cần LibreOffice để đọc tệp này ($1)"),
        (@"^LibreOffice could not open the (.*?) \(.*$", "LibreOffice không mở được tệp ($1): tệp hỏng hoặc không đúng định dạng"),
        (@"^LibreOffice did not finish converting .* within (\d+) s.*$", "LibreOffice không chuyển đổi xong trong $1 giây (đã dừng)"),
        (@"^(?:page (\d+): )?image (?:header is unreadable|data is corrupt or truncated).*$", "ảnh bị hỏng hoặc không trọn vẹn"),
        (@"^image is (\S+) pixels, too small.*$", "ảnh $1 điểm ảnh, quá nhỏ để có chữ"),
        (@"^image is (\S+) pixels, above the (\d+) megapixel limit$", "ảnh $1 điểm ảnh, vượt giới hạn $2 megapixel"),
        (@"^OCR is unavailable.*$", "không nhận dạng được chữ trong ảnh: chưa cài Tesseract"),
    ]);

    public static string Vietnamese(string message) => Table.TryTranslate(message) ?? message;
}
