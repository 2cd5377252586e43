namespace Analytics.Analysis.Reports;

/// <summary>What the administrative form of a report (Nghị định 30/2020/NĐ-CP) needs from the office that sends
/// it: the body above it and its own name, the number, place and date, recipients and who signs. Unknown parts
/// stay as the dotted blanks an office fills in by hand, as on the printed forms.</summary>
public sealed record ReportLetterhead
{
    public string ParentBody { get; init; } = "UBND TỈNH/THÀNH PHỐ ……………";
    public string IssuingBody { get; init; } = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    public string Number { get; init; } = "Số:       /BC-SGDĐT";
    public string Place { get; init; } = "……………";
    public DateOnly Date { get; init; } = DateOnly.FromDateTime(DateTime.Today);
    public string DocumentType { get; init; } = "BÁO CÁO";
    public string Summary { get; init; } = "Tổng hợp kế hoạch cải tiến chất lượng giáo dục của các trường";
    public IReadOnlyList<string> Recipients { get; init; } = ["Như trên;", "Lãnh đạo Sở (để b/c);", "Lưu: VT."];
    public string SignerTitle { get; init; } = "NGƯỜI LẬP BÁO CÁO";
    public string SignerName { get; init; } = "";

    /// <summary>The letterhead of a report dated <paramref name="date"/>, issued by <paramref name="issuer"/> at
    /// <paramref name="place"/> when they are given (blank or missing parts stay the form's dotted blanks). The one
    /// place the command and the workspaces make a letterhead from what the analyst typed.</summary>
    public static ReportLetterhead For(DateOnly date, string? issuer, string? place)
    {
        var letterhead = new ReportLetterhead { Date = date };
        if (!string.IsNullOrWhiteSpace(issuer)) letterhead = letterhead.WithIssuer(issuer.Trim().Normalize());
        if (!string.IsNullOrWhiteSpace(place)) letterhead = letterhead with { Place = place.Trim().Normalize() };
        return letterhead;
    }

    /// <summary>The letterhead of a department named <paramref name="issuer"/>: the body above it is the
    /// people's committee of the province the name ends in, when it names one.</summary>
    public ReportLetterhead WithIssuer(string issuer) => this with
    {
        IssuingBody = issuer,
        ParentBody = Analytics.Ingest.Normalization.ProvinceMap.PeoplesCommitteeOf(issuer) ?? ParentBody,
    };

    /// <summary>"Hải Phòng, ngày 07 tháng 12 năm 2026" (days and months below 10 with a leading zero).</summary>
    public string PlaceAndDate => $"{Place}, ngày {Date.Day:00} tháng {Date.Month:00} năm {Date.Year}";
}
