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
        var lead = (LeadPhrase().Match(sentence) is { Success: true } l ? l : GivenLead().Match(sentence)) is { Success: true } m
            ? m.Groups["lead"].Value.Trim() : null;
        return new Found(time, amount, source, lead);
    }

    /// <summary>A sentence that assigns the item ("Việc này giao … chủ trì, thực hiện trong hè 2025, kinh phí dự
    /// kiến 380 triệu đồng …"): it names a time and a lead, an amount, or that nothing is spent.</summary>
    public static bool GivesItemFields(string sentence)
    {
        var found = Of(sentence);
        return found.Time is not null && (found.Amount is not null || found.Lead is not null || NoMoney().IsMatch(sentence));
    }

    /// <summary>The aim after the words that announce it ("Mục tiêu là thư viện đạt chuẩn." → "thư viện đạt
    /// chuẩn."); null when the sentence does not open so.</summary>
    public static string? AimOf(string sentence)
    {
        var m = AimOpening().Match(sentence);
        return m.Success && m.Length < sentence.Length ? sentence[m.Length..].Trim() : null;
    }

    /// <summary>A paragraph cut into its sentences, each with its closing stop: a stop followed by a capital
    /// ends one ("1,1 tỷ", "Tiêu chí 1.4" do not).</summary>
    public static IReadOnlyList<string> Sentences(string paragraph) =>
        [.. SentenceEnd().Split(paragraph.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0)];

    /// <summary>The time, lead and amount a sentence gives, added to the fields of <paramref name="item"/> that
    /// have none yet; the source goes with the amount.</summary>
    public static void AddTo(RawItem item, string sentence)
    {
        var found = Of(sentence);
        if (found.Time is { } time && item.Pieces(ColumnRole.Timeline).Count == 0) item.Add(ColumnRole.Timeline, time);
        if (found.Lead is { } lead && item.Pieces(ColumnRole.Lead).Count == 0) item.Add(ColumnRole.Lead, lead);
        if (found.Amount is not { } amount || item.Pieces(ColumnRole.Budget).Count > 0) return;
        item.Add(ColumnRole.Budget, amount);
        item.Add(ColumnRole.Funding, found.Source);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:Mục\s+tiêu|Mục\s+đích)(?:\s+(?:đặt\s+ra|cần\s+đạt|của\s+(?:nội\s+dung|tiêu\s+chí|việc)\s+này))?\s*(?:là\b|:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AimOpening();

    [GeneratedRegex(@"không\s+(?:phát\s+sinh|cần|sử\s+dụng|tốn)\s+kinh\s+phí", RegexOptions.IgnoreCase)]
    private static partial Regex NoMoney();

    /// <summary>"Việc này giao Cán bộ thư viện chủ trì": the one the work is given to.</summary>
    [GeneratedRegex(@"\b[Gg]iao\s+(?<lead>\p{Lu}[^,;.]*?)\s+(?:chủ\s+trì|thực\s+hiện|đảm\s+nhận|đảm\s+nhiệm)\b")]
    private static partial Regex GivenLead();

    [GeneratedRegex(@"(?ix)
        (?:từ\s+(?:tháng\s+)?\d{1,2}\s*/\s*\d{4}\s+đến\s+(?:hết\s+)?(?:tháng\s+)?\d{1,2}\s*/\s*\d{4})
      | (?:(?:học\s+kỳ|học\s+kì|HK)\s*(?:II|I|1|2)\s+năm\s+học\s+\d{4}\s*[-–]\s*\d{4})
      | (?:quý\s+(?:IV|III|II|I|[1-4])(?:\s*(?:,|-|–|và)\s*(?:IV|III|II|I|[1-4]))*\s*/\s*\d{4})
      | (?:tháng\s+\d{1,2}\s*/\s*\d{4})
      | (?:hè\s+(?:năm\s+)?\d{4})
      | (?:năm\s+học\s+\d{4}\s*[-–]\s*\d{4})
      | (?:cả\s+năm\s+học)
      | (?:năm\s+\d{4})")]
    private static partial Regex TimePhrase();

    [GeneratedRegex(@"(?:^|[,;]\s*)(?<lead>(?:(?:[Pp]hó\s+)?[Hh]iệu\s+trưởng|[Gg]iáo\s+viên|[Kk]ế\s+toán|[Tt]ổ\s+trưởng|[Nn]hân\s+viên|[Tt]ổng\s+phụ\s+trách(?:\s+[Đđ]ội)?)(?:\s+(?:phụ\s+trách|kiêm\s+nhiệm|chuyên\s+trách|chủ\s+nhiệm)(?:\s+\p{L}+){1,4}?)?)\s+(?=(?:cử|giám\s+sát|phối\s+hợp|chủ\s+trì|chỉ\s+đạo|tổ\s+chức|thực\s+hiện|tham\s+mưu|lập|mua|vận\s+động|xây\s+dựng|rà\s+soát|kiểm\s+tra|bổ\s+sung|theo\s+dõi|hướng\s+dẫn)\b)")]
    private static partial Regex LeadPhrase();

    [GeneratedRegex(@"(?i)kinh\s+phí\s*:?\s+(?<amount>(?:(?:dự\s+kiến|khoảng|ước\s+tính)\s+)*\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?:đồng|đ|VNĐ)?)")]
    private static partial Regex AmountPhrase();

    [GeneratedRegex(@"(?i)^\s*(?:từ|do)\s+(?:nguồn\s+(?:kinh\s+phí\s+)?)?(?<source>[^;.,]+)")]
    private static partial Regex SourcePhrase();
}
