using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing;

/// <summary>Finds an item's time, amount and source inside a sentence of prose, as self-assessment reports
/// write their improvement plans ("Trong học kỳ I năm học 2024-2025, Hiệu trưởng cử …, kinh phí 3.500.000 đồng
/// từ nguồn chi thường xuyên."): the first time phrase, the amount after "kinh phí" with its "dự kiến" or
/// "khoảng", the source after "từ" or "do" up to the end of the clause, and the lead: a member of staff opening
/// a clause ("Hiệu trưởng", "Phó Hiệu trưởng phụ trách cơ sở vật chất", "giáo viên kiêm nhiệm thư viện") before
/// the verb of the work.</summary>
internal static partial class SentenceFields
{
    public sealed record Found(string? Time, string? Amount, string? Source, string? Lead = null);

    public static Found Of(string sentence)
    {
        var time = TimePhrase().Match(sentence) is { Success: true } t ? t.Value.Trim() : null;
        string? amount = null, source = null;
        if (AmountPhrase().Match(sentence) is { Success: true } a)
        {
            amount = a.Groups["amount"].Value.Trim();
            if (SourcePhrase().Match(sentence[(a.Index + a.Length)..]) is { Success: true } s)
                source = s.Groups["source"].Value.Trim();
        }
        var lead = LeadPhrase().Match(sentence) is { Success: true } l ? l.Groups["lead"].Value.Trim() : null;
        return new Found(time, amount, source, lead);
    }

    [GeneratedRegex(@"(?ix)
        (?:từ\s+(?:tháng\s+)?\d{1,2}\s*/\s*\d{4}\s+đến\s+(?:hết\s+)?(?:tháng\s+)?\d{1,2}\s*/\s*\d{4})
      | (?:(?:học\s+kỳ|học\s+kì|HK)\s*(?:II|I|1|2)\s+năm\s+học\s+\d{4}\s*[-–]\s*\d{4})
      | (?:quý\s+(?:IV|III|II|I|[1-4])\s*/\s*\d{4})
      | (?:tháng\s+\d{1,2}\s*/\s*\d{4})
      | (?:hè\s+(?:năm\s+)?\d{4})
      | (?:năm\s+học\s+\d{4}\s*[-–]\s*\d{4})
      | (?:năm\s+\d{4})")]
    private static partial Regex TimePhrase();

    [GeneratedRegex(@"(?:^|[,;]\s*)(?<lead>(?:(?:[Pp]hó\s+)?[Hh]iệu\s+trưởng|[Gg]iáo\s+viên|[Kk]ế\s+toán|[Tt]ổ\s+trưởng|[Nn]hân\s+viên|[Tt]ổng\s+phụ\s+trách(?:\s+[Đđ]ội)?)(?:\s+(?:phụ\s+trách|kiêm\s+nhiệm|chuyên\s+trách|chủ\s+nhiệm)(?:\s+\p{L}+){1,4}?)?)\s+(?=(?:cử|giám\s+sát|phối\s+hợp|chủ\s+trì|chỉ\s+đạo|tổ\s+chức|thực\s+hiện|tham\s+mưu|lập|mua|vận\s+động|xây\s+dựng|rà\s+soát|kiểm\s+tra|bổ\s+sung|theo\s+dõi|hướng\s+dẫn)\b)")]
    private static partial Regex LeadPhrase();

    [GeneratedRegex(@"(?i)kinh\s+phí\s*:?\s+(?<amount>(?:(?:dự\s+kiến|khoảng|ước\s+tính)\s+)*\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?:đồng|đ|VNĐ)?)")]
    private static partial Regex AmountPhrase();

    [GeneratedRegex(@"(?i)^\s*(?:từ|do)\s+(?:nguồn\s+(?:kinh\s+phí\s+)?)?(?<source>[^;.,]+)")]
    private static partial Regex SourcePhrase();
}
