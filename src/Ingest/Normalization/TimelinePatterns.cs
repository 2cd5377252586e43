using System.Text.RegularExpressions;

namespace Analytics.Ingest.Normalization;

/// <summary>The dated phrases of the genre as patterns over folded text (accents and case removed,
/// offsets unchanged), tried in order; a later pattern never matches inside an earlier one's match.</summary>
internal static class TimelinePatterns
{
    private const string Y = @"(?:19|20)\d{2}";
    private const string Roman = @"(?:iv|iii|ii|i|[1-4])";
    private const string Dash = @"[-–—]";
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly (Regex Pattern, Func<Match, string, TimelineMention?> Read)[] Table =
    [
        // "HKI năm học 2024-2025", "Học kỳ II", "HK1 2024-2025"
        (new Regex($@"\b(?:hoc\s*k[yi]|hk)\s*(?<s>ii|i|1|2)\b(?:\s*[,(:\-–—]?\s*(?:cua\s*)?(?:nam\s*hoc|nh)?\s*:?\s*(?<y1>{Y})\s*(?:{Dash}|/)\s*(?<y2>(?:19|20)?\d{{2}})\b)?", Options), Semester),
        // "Năm học 2024-2025", "năm học: 2024 - 2025", "NH 2024-25"
        (new Regex($@"\b(?:nam\s*hoc|nh)\s*:?\s*(?<y1>{Y})\s*(?:{Dash}|/)\s*(?<y2>(?:19|20)?\d{{2}})\b", Options), SchoolYear),
        // "Quý 1/2024", "Quý I, II/2025", "Quý IV năm 2024", "Quý 3"
        (new Regex($@"\bquy\s*(?<q>{Roman}(?:\s*(?:,|{Dash}|va|\+|den|&)\s*(?:quy\s*)?{Roman})*)\b(?:\s*(?:/|{Dash}|,|nam)?\s*(?:nam\s*)?(?<y>{Y})\b)?", Options), Quarter),
        // "Hè 2025", "hè năm 2025", "dịp hè"
        (new Regex($@"\b(?:(?:mua|dip|nghi|trong)\s*)?he\s*(?:nam\s*)?(?<y>{Y})\b|\b(?:mua|dip|nghi)\s*he\b|\bhe\b", Options), Summer),
        // "Tháng 9-12/2024", "tháng 9, 10/2024", "tháng 9 đến tháng 12 năm 2024"
        (new Regex($@"\b(?:thang|t(?=\d))\s*(?<m1>\d{{1,2}})(?:\s*(?:{Dash}|den|,|va|\+)\s*(?:thang\s*)?\d{{1,2}})*?\s*(?:{Dash}|den|,|va|\+)\s*(?:thang\s*)?(?<m2>\d{{1,2}})\s*(?:/|{Dash}|\.|,?\s*nam)\s*(?<y>{Y})\b", Options), MonthRange),
        // "15/10/2024", "01-9-2024"
        (new Regex($@"\b(?<d>\d{{1,2}})\s*[/.\-]\s*(?<m>\d{{1,2}})\s*[/.\-]\s*(?<y>{Y})\b", Options), MonthYear),
        // "Tháng 12/2022", "tháng 9 năm 2023", "Tháng 12/ 2022", "T9/2024"
        (new Regex($@"\b(?:thang|t(?=\d))\s*(?<m>\d{{1,2}})\s*(?:[/.\-]|,?\s*nam)?\s*(?<y>{Y})\b", Options), MonthYear),
        // "12/2022", "8/2023", "5-2024"
        (new Regex($@"(?<![\d/.])\b(?<m>\d{{1,2}})(?:\s*/\s*|\.|-)(?<y>{Y})\b", Options), MonthYear),
        // "tháng 9" with the year elsewhere or nowhere
        (new Regex(@"\b(?:thang|t(?=\d))\s*(?<m>\d{1,2})\b(?!\s*[/.]\s*\d)", Options), MonthYear),
        // "Năm 2023-2025", "giai đoạn 2023-2025", "2024-2025", "từ năm 2020 đến 2025"
        (new Regex($@"\b(?:(?<kw>nam|giai\s*doan)\s*:?\s*)?(?<y1>{Y})\s*(?:{Dash}|den)\s*(?:nam\s*)?(?<y2>{Y})\b", Options), YearRange),
        // "Năm 2024", "2024"
        (new Regex($@"\b(?<y>{Y})\b", Options), Year),
    ];

    public static List<TimelineMention> Find(string original, string folded)
    {
        var claimed = new bool[folded.Length];
        var mentions = new List<TimelineMention>();
        foreach (var (pattern, read) in Table)
        {
            foreach (Match match in pattern.Matches(folded))
            {
                if (IsClaimed(claimed, match.Index, match.Length)) continue;
                var mention = read(match, original);
                if (mention is null) continue;
                mentions.Add(mention);
                Array.Fill(claimed, true, match.Index, match.Length);
            }
        }
        mentions.Sort((a, b) => a.Position.CompareTo(b.Position));
        return mentions;
    }

    private static bool IsClaimed(bool[] claimed, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (claimed[i]) return true;
        return false;
    }

    private static int? SecondYear(Group group, int first)
    {
        if (!group.Success) return null;
        var value = int.Parse(group.Value);
        return group.Value.Length == 2 ? first / 100 * 100 + value : value;
    }

    private static TimelineMention? Semester(Match m, string original)
    {
        var first = m.Groups["s"].Value is "i" or "1";
        int? year = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value) : null;
        // HKI runs September to January, HKII January to May (months counted from the school year's start).
        return first
            ? new TimelineMention(m.Index, m.Length, year, 9, 13, TimelineMentionKind.Semester)
            : new TimelineMention(m.Index, m.Length, year, 13, 17, TimelineMentionKind.Semester);
    }

    private static TimelineMention? SchoolYear(Match m, string original)
    {
        var y1 = int.Parse(m.Groups["y1"].Value);
        var y2 = SecondYear(m.Groups["y2"], y1)!.Value;
        if (y2 < y1) return null;
        return new TimelineMention(m.Index, m.Length, y1, 9, 5 + 12 * (y2 - y1), TimelineMentionKind.SchoolYear);
    }

    private static TimelineMention? Quarter(Match m, string original)
    {
        var quarters = Regex.Matches(m.Groups["q"].Value, Roman).Select(q => QuarterNumber(q.Value)).ToList();
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
        return new TimelineMention(m.Index, m.Length, year, quarters.Min() * 3 - 2, quarters.Max() * 3, TimelineMentionKind.Quarter);
    }

    private static int QuarterNumber(string q) => q switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    private static TimelineMention? Summer(Match m, string original)
    {
        if (m.Groups["y"].Success)
            return new TimelineMention(m.Index, m.Length, int.Parse(m.Groups["y"].Value), 6, 8, TimelineMentionKind.Summer);
        // Folded "he" is also "hệ" (system); only the grave-accented "hè" is summer.
        var text = original.Substring(m.Index, m.Length);
        if (!text.Contains('è') && !text.Contains('È')) return null;
        return new TimelineMention(m.Index, m.Length, null, 6, 8, TimelineMentionKind.Summer);
    }

    private static TimelineMention? MonthRange(Match m, string original)
    {
        var m1 = int.Parse(m.Groups["m1"].Value);
        var m2 = int.Parse(m.Groups["m2"].Value);
        if (m1 is < 1 or > 12 || m2 is < 1 or > 12) return null;
        var year = int.Parse(m.Groups["y"].Value);
        // "Tháng 9-2/2025" crosses New Year: the first month belongs to the year before.
        return m1 <= m2
            ? new TimelineMention(m.Index, m.Length, year, m1, m2, TimelineMentionKind.Month)
            : new TimelineMention(m.Index, m.Length, year - 1, m1, m2 + 12, TimelineMentionKind.Month);
    }

    private static TimelineMention? MonthYear(Match m, string original)
    {
        var month = int.Parse(m.Groups["m"].Value);
        if (month is < 1 or > 12) return null;
        if (m.Groups["d"].Success && int.Parse(m.Groups["d"].Value) is < 1 or > 31) return null;
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
        return new TimelineMention(m.Index, m.Length, year, month, month, TimelineMentionKind.Month);
    }

    private static TimelineMention? YearRange(Match m, string original)
    {
        var y1 = int.Parse(m.Groups["y1"].Value);
        var y2 = int.Parse(m.Groups["y2"].Value);
        if (y2 < y1) return null;
        // A bare "2024-2025" in a timeline column is a school year; "Năm 2023-2025" is calendar years.
        if (!m.Groups["kw"].Success && y2 == y1 + 1)
            return new TimelineMention(m.Index, m.Length, y1, 9, 17, TimelineMentionKind.YearPair);
        return new TimelineMention(m.Index, m.Length, y1, 1, 12 * (y2 - y1 + 1), TimelineMentionKind.Year);
    }

    private static TimelineMention? Year(Match m, string original) =>
        new(m.Index, m.Length, int.Parse(m.Groups["y"].Value), 1, 12, TimelineMentionKind.Year);
}
