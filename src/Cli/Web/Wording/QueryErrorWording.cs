using Analytics.Ingest.Records;

namespace Analytics.Cli.Web.Wording;

/// <summary>Query errors of the search parser and query builder, in Vietnamese for the search box.</summary>
internal static class QueryErrorWording
{
    private static readonly MessageTable Details = new(
    [
        (@"^expected a term before '(.)'$", "thiếu từ cần tìm trước '$1'"),
        (@"^expected a term$", "thiếu từ cần tìm"),
        (@"^AND needs something before it$", "AND cần một điều kiện đứng trước"),
        (@"^AND needs something after it$", "AND cần một điều kiện đứng sau"),
        (@"^(\S+) needs a term after it$", "$1 cần một điều kiện đứng sau"),
        (@"^unexpected '(.)'$", "ký tự '$1' không đúng chỗ"),
        (@"^'\)' without a matching '\('$", "có ')' mà không có '(' tương ứng"),
        (@"^missing '\)' for the '\(' at position (\d+)$", "thiếu ')' cho '(' ở vị trí $1"),
        (@"^more than (\d+) nested parentheses$", "lồng quá $1 cặp ngoặc"),
        (@"^unknown field '(.*)' \(known: (.*)\)$", "không có trường '$1' (các trường: $2)"),
        (@"^unknown field '(.*)'$", "không có trường '$1'"),
        (@"^field '(.*)' needs a number after '(.)'$", "trường '$1' cần một số sau '$2'"),
        (@"^field '(.*)' needs a value$", "trường '$1' cần một giá trị"),
        (@"^range for '(.*)' opened at position (\d+) is not closed .*$", "khoảng của '$1' mở ở vị trí $2 chưa đóng bằng ']' hoặc '}'"),
        (@"^range for '(.*)' must look like .*$", "khoảng của '$1' phải có dạng [TỪ TO ĐẾN] (dùng * cho đầu mở)"),
        (@"^ranges work on (.*), not on '(.*)'$", "chỉ $1 tìm được theo khoảng, '$2' thì không"),
        (@"^no ranges on '(.*)'$", "'$1' không tìm được theo khoảng"),
        (@"^the quote at position (\d+) is not closed$", "dấu ngoặc kép ở vị trí $1 chưa đóng"),
        (@"^empty quotes at position (\d+)$", "cặp ngoặc kép rỗng ở vị trí $1"),
        (@"^(.*) has no searchable word$", "$1 không có từ nào tìm được"),
        (@"^budget '(.*)' is not an amount .*$", "kinh phí '$1' không phải số tiền (viết 1000000000, 1.000.000.000, 1tỷ hoặc 500triệu)"),
        (@"^(\w+) '(.*)' is not a whole number$", "$1 '$2' không phải số nguyên"),
        (@"^criterion '(.*)' should look like 3\.6$", "tiêu chí '$1' phải có dạng 3.6"),
        (@"^gap '(.*)' names no facility category; .*\((.*)\)$", "'$1' không phải nhóm thiếu hụt cơ sở vật chất; ghi mã hoặc tên trong ngoặc kép, ví dụ gap:thu-vien hoặc gap:\"thư viện\" ($2)"),
    ]);

    private static readonly MessageTable Whole = new(
    [
        (@"^The query is empty\..*$", "Truy vấn trống: hãy gõ từ cần tìm."),
        (@"^The query is longer than (\d+) characters\.$", "Truy vấn dài quá $1 ký tự."),
    ]);

    public static string Vietnamese(string error)
    {
        if (Whole.TryTranslate(error) is { } whole) return whole;
        var (prefix, detail) = Split(error);
        return Details.TryTranslate(detail) is { } translated ? prefix + translated + "." : error;
    }

    /// <summary>"Query error at position 11: expected a term." → ("Lỗi truy vấn ở vị trí 11: ", "expected a term").</summary>
    private static (string Prefix, string Detail) Split(string error)
    {
        var text = error.TrimEnd('.');
        const string positioned = "Query error at position ";
        if (text.StartsWith(positioned, StringComparison.Ordinal))
        {
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0) return ($"Lỗi truy vấn ở vị trí {text[positioned.Length..colon]}: ", text[(colon + 2)..]);
        }
        const string plain = "Query error: ";
        return text.StartsWith(plain, StringComparison.Ordinal) ? ("Lỗi truy vấn: ", text[plain.Length..]) : ("", text);
    }
}
