using Analytics.Ingest.Text;

namespace Analytics.Ingest.Records;

/// <summary>Groups funding text as written into the sources analysts compare: state budget (any level),
/// socialisation (xã hội hóa, sponsorship, parents' contributions), both, other, not stated. The one home of
/// this grouping: the search index's funding facet and the reports both use it, so "XHH" and "Xã hội hóa"
/// are one value everywhere.</summary>
public static class FundingSources
{
    public const string State = "Ngân sách nhà nước";
    public const string Social = "Xã hội hóa";
    public const string Both = "Ngân sách và xã hội hóa";
    public const string Other = "Nguồn khác";
    public const string None = "Không ghi nguồn";

    public static IReadOnlyList<string> Order { get; } = [State, Social, Both, Other, None];

    public static string Group(string? funding)
    {
        if (string.IsNullOrWhiteSpace(funding)) return None;
        var folded = VietnameseFolding.Fold(funding);
        var state = folded.Contains("ngan sach") || folded.Contains("nsnn") || folded.Contains("chi thuong xuyen")
            || folded.Contains("von dau tu") || folded.Contains("ngan sach");
        var social = folded.Contains("xa hoi hoa") || folded.Contains("xhh") || folded.Contains("tai tro")
            || folded.Contains("huy dong") || folded.Contains("cha me hoc sinh") || folded.Contains("phu huynh");
        return (state, social) switch
        {
            (true, true) => Both,
            (true, false) => State,
            (false, true) => Social,
            _ => Other,
        };
    }
}
