using System.Text.RegularExpressions;

namespace Analytics.Ingest.Normalization;

/// <summary>The school level codes of the record contract and how to recognise them in a school's name
/// or a heading: mam-non | tieu-hoc | thcs | thpt | lien-cap (a school spanning several levels).</summary>
public static class SchoolLevels
{
    public const string MamNon = "mam-non";
    public const string TieuHoc = "tieu-hoc";
    public const string Thcs = "thcs";
    public const string Thpt = "thpt";
    public const string LienCap = "lien-cap";

    public static IReadOnlyList<string> All { get; } = [MamNon, TieuHoc, Thcs, Thpt, LienCap];

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Patterns run over folded text ("Trường THCS và THPT" → "truong thcs va thpt").
    private static readonly Regex LienCapWords = new(@"\blien\s*cap\b|\bnhieu\s*cap(\s*hoc)?\b|\bpho\s*thong\s*co\s*so\b|\bptcs\b|\bcap\s*[123]\s*(?:[-,&]|va)\s*[123]\b", Options);
    private static readonly Regex MamNonWords = new(@"\bmam\s*non\b|\bnha\s*tre\b|\bmau\s*giao\b|\bmg\b|\bmn\b|\bnhom\s*tre\b|\bmam\s*-?\s*non\b", Options);
    private static readonly Regex TieuHocWords = new(@"\btieu\s*hoc\b|\bth\b|\bcap\s*1\b|\bcap\s*i\b", Options);
    private static readonly Regex ThcsWords = new(@"\bthcs\b|\btrung\s*hoc\s*co\s*so\b|\bcap\s*2\b|\bcap\s*ii\b", Options);
    private static readonly Regex ThptWords = new(@"\bthpt\b|\btrung\s*hoc\s*pho\s*thong\b|\bpho\s*thong\s*trung\s*hoc\b|\bptth\b|\bcap\s*3\b|\bcap\s*iii\b", Options);
    private static readonly Regex BoardingWords = new(@"\bptdtnt\b|\bpho\s*thong\s*dan\s*toc\s*noi\s*tru\b", Options);
    private static readonly Regex DistrictWords = new(@"\bhuyen\b|\bquan\b|\bthi\s*xa\b", Options);
    private static readonly Regex ProvinceWords = new(@"\btinh\b", Options);

    /// <summary>The level named in a school name or heading ("Trường PTDTBT Tiểu học xã Hệ Muông" →
    /// tieu-hoc, "Trường TH&THCS Bình Minh" → lien-cap); null when none is named. Meant for one name or
    /// heading: a paragraph mentioning pupils of two levels would read as lien-cap.</summary>
    public static string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = Analytics.Ingest.Text.VietnameseFolding.Fold(text).Replace('&', ' ').Replace('-', ' ').Replace('/', ' ');
        if (LienCapWords.IsMatch(folded)) return LienCap;

        var levels = new List<string>(3);
        if (MamNonWords.IsMatch(folded)) levels.Add(MamNon);
        if (TieuHocWords.IsMatch(folded)) levels.Add(TieuHoc);
        if (ThcsWords.IsMatch(folded)) levels.Add(Thcs);
        if (ThptWords.IsMatch(folded)) levels.Add(Thpt);
        if (levels.Count > 1) return LienCap;
        if (levels.Count == 1) return levels[0];

        // A boarding school for ethnic minorities (PTDTNT) with no level named: district-run ones teach
        // lower secondary, province-run ones upper secondary (their usual organisation, not a certainty).
        if (BoardingWords.IsMatch(folded))
        {
            if (DistrictWords.IsMatch(folded)) return Thcs;
            if (ProvinceWords.IsMatch(folded)) return Thpt;
        }
        return null;
    }

    /// <summary>The level an accreditation circular implies: 17/2018 → tieu-hoc, 19/2018 → mam-non;
    /// 18/2018 covers THCS, THPT and multi-level schools alike, so it implies none (null).</summary>
    public static string? FromRegulation(string regulation)
    {
        if (string.IsNullOrWhiteSpace(regulation)) return null;
        var match = Regex.Match(Analytics.Ingest.Text.VietnameseFolding.Fold(regulation), @"(?<!\d)(1[789])\s*/\s*2018\b|\btt\s*(1[789])\b|\bthong\s*tu\s*(?:so\s*)?(1[789])\b");
        if (!match.Success) return null;
        var number = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value;
        return number switch
        {
            "17" => TieuHoc,
            "19" => MamNon,
            _ => null,
        };
    }
}
