using System.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Normalization;

/// <summary>Reads a timeline cell ("Quý 1/2024", "Năm học 2024-2025", "Từ 8/2023 đến 5/2024", "HKII",
/// "Thường xuyên"…) into the months it spans, following the timeline rules of the record contract.
/// Several dated phrases in one cell span from the earliest start to the latest end. The plan's period
/// (periodStart..periodEnd) gives a year to phrases written without one and a span to "Cả năm học".</summary>
public static class TimelineParser
{
    // Phrases meaning "all through the plan's school year" when no date is written.
    private static readonly string[] Recurring =
    [
        "ca nam hoc", "ca nam", "suot nam hoc", "trong nam hoc", "hang thang", "hang tuan", "hang ngay", "hang quy",
        "hang ky", "hang nam", "dinh ky", "thuong xuyen", "lien tuc", "nam hoc", "moi thang", "moi tuan", "moi nam",
    ];

    // Phrases meaning the work goes on after the stated start.
    private static readonly string[] OpenEnded =
    [
        "tiep theo", "nam hoc sau", "nam hoc tiep", "cac nam sau", "nam sau", "tro di", "lau dai", "ve sau", "bat dau",
    ];

    // Labels naming where the work ends ("Bắt đầu: 11/2025 / Kết thúc: 01/2026"): the span is closed, not open-ended.
    private static readonly string[] EndLabels = ["ket thuc", "hoan thanh"];

    private static readonly string[] DeadlineLeads = ["truoc", "cham nhat", "han chot", "hoan thanh truoc", "den", "toi"];

    /// <summary>Whether a timeline starts "from now" ("Từ nay đến hết năm 2025", "Kể từ nay …", "Từ bây giờ …"):
    /// from the date of the document, which the text itself does not give.</summary>
    public static bool StartsFromNow(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var lead = FoldedText.Fold(Whitespace.Collapse(VietnameseFolding.Nfc(text))).TrimStart(' ', '-', '+', '*', '.', ':');
        if (StartsWithWord(lead, "ke")) lead = lead[2..].TrimStart();
        return StartsWithWord(lead, "tu nay") || StartsWithWord(lead, "tu bay gio") || StartsWithWord(lead, "ngay sau khi ban hanh");
    }

    public static Timeline? Parse(string? text, int? periodStart, int? periodEnd, string? issuedMonth = null) =>
        ParseDetailed(text, periodStart, periodEnd, issuedMonth).Timeline;

    private static YearMonth? Month(string? isoMonth) =>
        isoMonth is { Length: >= 7 } && int.TryParse(isoMonth[..4], out var year) && int.TryParse(isoMonth[5..7], out var month) && month is >= 1 and <= 12
            ? new YearMonth(year, month)
            : null;

    /// <param name="issuedMonth">The month the document is dated ("YYYY-MM"), where a timeline "from now"
    /// ("Từ nay đến hết năm 2025") starts; without it such a start is unknown.</param>
    public static TimelineParse ParseDetailed(string? text, int? periodStart, int? periodEnd, string? issuedMonth = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return TimelineParse.Empty;
        var original = Whitespace.Collapse(VietnameseFolding.Nfc(text));
        var folded = Clean(FoldedText.Fold(original));
        var warnings = new List<string>();
        var oneSchoolYear = periodStart is { } ps && periodEnd is { } pe && pe == ps + 1;
        var mentions = TimelinePatterns.Find(original, folded).Select(m => ReadYearPair(m, periodStart, periodEnd)).ToList();

        if (mentions.Count == 0)
        {
            if (Recurring.Any(r => ContainsWord(folded, r)))
            {
                if (!oneSchoolYear) return Done(original, null, null, warnings);
                YearMonth? yearStart = new YearMonth(periodStart!.Value, 9), yearEnd = new YearMonth(periodEnd!.Value, 5);
                // The plan's own school year, with the same leads as a dated span: "Từ đầu năm học" starts with it
                // and goes on, "Đầu năm học" is its first month, "Cuối năm học" its last.
                var undatedLead = folded.TrimStart(' ', '-', '+', '*', '.', ':');
                if (StartsWithWord(undatedLead, "tu") || StartsWithWord(undatedLead, "bat dau")) yearEnd = null;
                else if (StartsWithWord(undatedLead, "dau")) yearEnd = yearStart;
                else if (StartsWithWord(undatedLead, "cuoi")) yearStart = yearEnd;
                return Done(original, yearStart, yearEnd, warnings);
            }
            return Done(original, null, null, warnings);
        }

        var resolved = Resolve(mentions, periodStart, periodEnd, oneSchoolYear, warnings);
        if (resolved.Count == 0) return Done(original, null, null, warnings);
        YearMonth? start = resolved.Min(m => m.Start!.Value);
        YearMonth? end = resolved.Max(m => m.End!.Value);

        foreach (var m in resolved.Where(m => m.Kind == TimelineMentionKind.SchoolYear && m.EndMonth - m.StartMonth > 8))
            warnings.Add($"school year '{original.Substring(m.Position, m.Length)}' spans {(m.EndMonth - m.StartMonth + 7) / 12} years; probably a typo");

        var lead = folded.TrimStart(' ', '-', '+', '*', '.', ':');
        var hasRangeWord = ContainsWord(folded, "den") || ContainsWord(folded, "toi") || resolved.Count > 1;
        var endStated = resolved.Count > 1 && EndLabels.Any(l => ContainsWord(folded, l));
        if ((OpenEnded.Any(o => ContainsWord(folded, o)) && !endStated) || (StartsWithWord(lead, "tu") && !hasRangeWord))
        {
            end = null;
        }
        else if (resolved.Count == 1 && DeadlineLeads.Any(d => StartsWithWord(lead, d)))
        {
            start = null;
        }
        else if (resolved.Count == 1 && StartsWithWord(lead, "cuoi"))
        {
            // "Cuối HK II", "Cuối năm 2025": the last month of the span.
            start = end;
        }
        else if (resolved.Count == 1 && StartsWithWord(lead, "dau"))
        {
            // "Đầu năm học 2024-2025": its first month.
            end = start;
        }

        if (StartsFromNow(original))
        {
            // "Từ nay đến hết năm 2025": the year named is where it ends; it starts when the document was issued.
            start = Month(issuedMonth) is { } issued && (end is null || issued.CompareTo(end.Value) <= 0) ? issued : null;
        }

        if (start is { } s && end is { } e && e.CompareTo(s) < 0) warnings.Add($"ends ({e}) before it starts ({s})");
        if (Implausibility(start, end, periodStart, periodEnd) is { } reason)
        {
            warnings.Add($"{reason}; read as {start?.ToString() ?? "?"}..{end?.ToString() ?? "?"} but left unknown");
            return new TimelineParse(new Timeline(original, null, null), warnings, new Timeline(original, start?.ToString(), end?.ToString()));
        }
        return Done(original, start, end, warnings);
    }

    /// <summary>A bare "2027-2028" inside a multi-year plan's period (2025-2030) names the calendar years
    /// January 2027 .. December 2028; anywhere else it is a school year.</summary>
    private static TimelineMention ReadYearPair(TimelineMention m, int? periodStart, int? periodEnd)
    {
        if (m.Kind != TimelineMentionKind.YearPair) return m;
        var multiYear = periodStart is { } ps && periodEnd is { } pe && pe > ps + 1;
        var inside = multiYear && m.Year >= periodStart && m.Year + 1 <= periodEnd;
        return inside
            ? m with { StartMonth = 1, EndMonth = 24, Kind = TimelineMentionKind.Year }
            : m with { Kind = TimelineMentionKind.SchoolYear };
    }

    /// <summary>Gives a year to mentions written without one: from a neighbouring mention that has one,
    /// else from the plan's period; mentions that stay yearless are dropped with a warning.</summary>
    private static List<TimelineMention> Resolve(List<TimelineMention> mentions, int? periodStart, int? periodEnd, bool oneSchoolYear, List<string> warnings)
    {
        var result = new List<TimelineMention>(mentions.Count);
        var schoolYear = mentions.FirstOrDefault(m => m.Year is not null && m.Kind is TimelineMentionKind.SchoolYear or TimelineMentionKind.Semester)?.Year;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Year is not null) { result.Add(m); continue; }
            int? year = null;
            if (m.Kind == TimelineMentionKind.Semester)
            {
                year = schoolYear ?? (oneSchoolYear ? periodStart : null);
            }
            else
            {
                var next = mentions.Skip(i + 1).FirstOrDefault(x => x.Year is not null);
                var previous = result.LastOrDefault(x => x.Year is not null);
                if (next is not null)
                {
                    // "Từ tháng 9 đến tháng 5/2025": September comes before May, so it is 2024.
                    var nextStart = next.Start!.Value;
                    if (next.Kind == TimelineMentionKind.SchoolYear) year = m.StartMonth >= 7 ? nextStart.Year : nextStart.Year + 1;
                    else year = m.StartMonth > nextStart.Month ? nextStart.Year - 1 : nextStart.Year;
                }
                else if (previous is not null)
                {
                    var previousEnd = previous.End!.Value;
                    year = m.StartMonth < previousEnd.Month ? previousEnd.Year + 1 : previousEnd.Year;
                }
                else if (oneSchoolYear)
                {
                    // Within a school year Sept–Dec fall in its first calendar year, Jan–Aug in its second.
                    year = m.StartMonth >= 9 ? periodStart : periodEnd;
                }
                else if (periodStart is not null && (periodEnd is null || periodEnd == periodStart))
                {
                    year = periodStart;
                }
            }
            if (year is null)
            {
                warnings.Add("a date without a year and no plan period to place it");
                continue;
            }
            result.Add(m with { Year = year });
        }
        return result;
    }

    // Typos such as "năm học 2013- 2024" for 2023-2024: a span no improvement action has, or dates far
    // from the plan's own period. Such dates are not knowable, so the contract wants them null.
    private const int LongestSpanYears = 6;
    private const int YearsBeforePeriod = 5;
    private const int YearsAfterPeriod = 10;

    private static string? Implausibility(YearMonth? start, YearMonth? end, int? periodStart, int? periodEnd)
    {
        if (start is { } s && end is { } e && e.Year - s.Year > LongestSpanYears)
            return $"spans {e.Year - s.Year} years";
        if (periodStart is { } p0 && start is { } s0 && s0.Year < p0 - YearsBeforePeriod)
            return $"starts in {s0.Year}, long before the plan's period ({p0})";
        if ((periodEnd ?? periodStart) is { } p1 && end is { } e1 && e1.Year > p1 + YearsAfterPeriod)
            return $"ends in {e1.Year}, long after the plan's period ({p1})";
        return null;
    }

    private static TimelineParse Done(string text, YearMonth? start, YearMonth? end, List<string> warnings) =>
        new(new Timeline(text, start?.ToString(), end?.ToString()), warnings);

    private static bool ContainsWord(string folded, string phrase)
    {
        var at = 0;
        while ((at = folded.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var afterIndex = at + phrase.Length;
            var after = afterIndex >= folded.Length || !char.IsLetterOrDigit(folded[afterIndex]);
            if (before && after) return true;
            at++;
        }
        return false;
    }

    private static bool StartsWithWord(string folded, string word) =>
        folded.StartsWith(word, StringComparison.Ordinal) && (folded.Length == word.Length || !char.IsLetterOrDigit(folded[word.Length]));

    // Markdown emphasis and quotes around years ("năm học **2023 - 2024**") are noise; blanks keep offsets.
    private static string Clean(string folded) =>
        string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is '*' or '"' or '“' or '”' or '_' ? ' ' : source[i];
        });

}
