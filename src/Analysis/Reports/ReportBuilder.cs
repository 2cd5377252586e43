using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Reports;

/// <summary>Turns the figures into the report: a summary written from them, then one section per topic.</summary>
public static class ReportBuilder
{
    public const string Title = "BÁO CÁO TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC";

    public static ReportDocument Build(ReportInput input)
    {
        var a = input.Analysis;
        var subtitle = $"Số liệu tính đến ngày {VietnameseNumbers.Date(a.Scope.AsOf)}"
            + (string.IsNullOrWhiteSpace(a.Scope.Filter) ? "; phạm vi: toàn bộ kế hoạch đã nhập" : $"; phạm vi: {a.Scope.Filter}");
        var sections = new List<ReportSection>
        {
            GapSections.Overview(a),
            GapSections.FundingAndTimeline(a),
            GapSections.SchoolLists(a),
            OtherSections.Criteria(a),
            OtherSections.Breakdowns(a),
            OtherSections.Themes(input.Themes),
            OtherSections.DataQuality(a),
            OtherSections.Method(input),
        };
        if (input.Plans.Count > 0) sections.Add(ItemSheet.Section(input.Plans));
        return new ReportDocument(Title, subtitle, Summary(a), sections);
    }

    /// <summary>Summary paragraphs generated from the figures (see <see cref="ReportNarrative"/>).</summary>
    public static IReadOnlyList<string> Summary(AnalysisResult a) => ReportNarrative.Paragraphs(a);
}
