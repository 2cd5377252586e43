using Analytics.Analysis.Aggregates;
using Analytics.Analysis.Classification;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;

namespace Analytics.Analysis.Reports;

/// <summary>One row per improvement item, for analysts' own pivot tables: the workbook holds it in full, the
/// document formats say where it is. Places are today's with the former ones beside them; amounts are
/// numbers; funding is given both as grouped and as written.</summary>
internal static class ItemSheet
{
    public static ReportSection Section(IReadOnlyList<AnalysedPlan> plans) => new("Phụ lục. Danh sách nội dung cải tiến",
        ["Bảng dưới đây có một dòng cho mỗi nội dung cải tiến của các kế hoạch trong phạm vi báo cáo, dùng để lập bảng tổng hợp theo nhu cầu."],
        [Table(plans)], []);

    private static ReportTable Table(IReadOnlyList<AnalysedPlan> plans) => new("Nội dung cải tiến", "Bảng 12. Danh sách nội dung cải tiến",
        [
            Text("Tệp"), Text("Trường"), Text("Cấp học"), Text("Tỉnh/thành"), Text("Tỉnh/thành trước đây"), Text("Quận/huyện trước đây"),
            new("Tiêu chuẩn", CellKind.Integer), Text("Tiêu chí"), Text("Tên tiêu chí"), Text("Kết quả cần đạt"), Text("Công việc, giải pháp"),
            Text("Chủ trì"), Text("Thời gian"), Text("Bắt đầu"), Text("Kết thúc"), new("Kinh phí (đồng)", CellKind.Vnd),
            Text("Nguồn kinh phí"), Text("Nguồn kinh phí (như ghi)"), Text("Nhóm thiếu hụt"),
        ],
        [.. plans.SelectMany(p => p.Record.Items.Select((item, i) => Row(p, item, i)))])
    {
        WorkbookOnly = true,
    };

    private static IReadOnlyList<ReportCell> Row(AnalysedPlan plan, PlanItem item, int index)
    {
        var school = plan.Record.School;
        var gaps = index < plan.ItemGaps.Count ? plan.ItemGaps[index] : item.Gaps;
        return
        [
            new ReportCell(plan.Record.Source, null, OtherSections.SourceLink(plan.Record.Source)), ReportCell.Of(plan.SchoolName),
            ReportCell.Of(school.Level is null ? null : OtherSections.LevelName(school.Level)),
            ReportCell.Of(AdministrativeUnits.CurrentProvince(school)), ReportCell.Of(AdministrativeUnits.FormerProvince(school)), ReportCell.Of(school.District),
            item.Standard is { } standard ? ReportCell.Int(standard) : ReportCell.Of(""), ReportCell.Of(item.Criterion), ReportCell.Of(item.CriterionName),
            ReportCell.Of(item.Target), ReportCell.Of(item.Actions), ReportCell.Of(item.Lead), ReportCell.Of(item.Timeline?.Text),
            ReportCell.Of(item.Timeline?.Start), ReportCell.Of(item.Timeline?.End), ReportCell.Vnd(item.Budget?.Vnd),
            ReportCell.Of(FundingSources.Group(item.Funding)), ReportCell.Of(item.Funding),
            ReportCell.Of(string.Join("; ", gaps.Select(GapCategories.DisplayName))),
        ];
    }

    private static ReportColumn Text(string header) => new(header, CellKind.Text);
}
