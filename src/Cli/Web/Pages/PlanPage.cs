using System.Text;
using Analytics.Ingest.Model;
using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;

namespace Analytics.Cli.Web.Pages;

/// <summary>One plan: the parsed record (metadata, self-assessment, items, weaknesses, gaps, warnings,
/// repairs) beside the source as the readers saw it.</summary>
internal static class PlanPage
{
    public static string Render(PlanRecord plan, SourceDocument? source, bool sourceIsImage)
    {
        var body = new StringBuilder();
        var id = Html.E(Html.U(plan.Id));
        body.Append("<h1>").Append(Html.E(plan.School.Name ?? plan.Source)).Append("</h1>")
            .Append("<div class=\"downloads\"><a class=\"button\" href=\"/plan/export?format=json&amp;id=").Append(id).Append("\">Tải JSON</a>")
            .Append("<a class=\"button\" href=\"/plan/export?format=csv&amp;id=").Append(id).Append("\">Tải CSV</a></div>")
            .Append("<div class=\"plan-grid\"><section aria-label=\"Bản ghi đã phân tích\">");

        Metadata(body, plan);
        CorrectionsBlock.Render(body, plan);
        foreach (var warning in plan.Warnings)
            body.Append("<p class=\"warning\">⚠ ").Append(Html.E(WarningWording.Field(warning.Field))).Append(": ").Append(Html.E(WarningWording.Message(warning.Message)))
                .Append(warning.Location is null ? "" : " (" + Html.E(warning.Location) + ")").Append("</p>");
        if (plan.Repairs.Count > 0)
            body.Append("<p class=\"warning\">Văn bản đã được sửa tự động (").Append(plan.Repairs.Count)
                .Append(" chỗ: khôi phục dấu, chuyển mã). Các đoạn sửa được gạch chân chấm.</p>");
        Assessments(body, plan);
        Items(body, plan);
        if (plan.Weaknesses.Count > 0)
        {
            body.Append("<h2>Hạn chế, tồn tại</h2><ul>");
            foreach (var w in plan.Weaknesses) body.Append("<li>").Append(Html.E(w)).Append("</li>");
            body.Append("</ul>");
        }
        body.Append("</section><section aria-label=\"Văn bản gốc\"><h2>Văn bản gốc</h2>");
        if (sourceIsImage)
            body.Append("<img src=\"/plan/source?id=").Append(id).Append("\" alt=\"Ảnh trang kế hoạch\" class=\"scan-image\">");
        else if (source is null)
            body.Append("<p>Bản gốc không được lưu trong kho (tệp được nạp bằng dòng lệnh).</p>");
        else
            SourceView(body, source, plan);
        body.Append("</section></div>");
        return Layout.Page(plan.School.Name ?? plan.Source, "search", body.ToString());
    }

    private static void Metadata(StringBuilder body, PlanRecord plan)
    {
        body.Append("<table class=\"record-table\"><tbody>");
        Row(body, "Tệp", plan.Source);
        Row(body, "Cấp học", Labels.Level(plan.School.Level));
        // Today's units first (the 2025 reform: 34 provinces, no districts); the ones the plan names, when
        // others, as "trước đây".
        var current = AdministrativeUnits.CurrentProvince(plan.School);
        Row(body, "Tỉnh/thành", current);
        if (AdministrativeUnits.FormerProvince(plan.School) is { } former) Row(body, "Tỉnh/thành trước đây", former);
        if (plan.School.District is { } district) Row(body, "Quận/huyện trước đây", district);
        Row(body, "Số văn bản", plan.Document.Number);
        Row(body, "Ngày", plan.Document.Date);
        Row(body, "Tiêu đề", plan.Document.Title);
        Row(body, "Giai đoạn", plan.Document.PeriodStart is null ? null : $"{plan.Document.PeriodStart}–{plan.Document.PeriodEnd}");
        Row(body, "Thông tư", plan.Regulation);
        if (plan.Gaps.Count > 0)
            Row(body, "Thiếu hụt CSVC", string.Join(", ", plan.Gaps.Select(Labels.Gap)));
        body.Append("</tbody></table>");
    }

    private static void Row(StringBuilder body, string label, string? value) =>
        body.Append("<tr><th scope=\"row\">").Append(label).Append("</th><td>").Append(Html.E(value ?? "—")).Append("</td></tr>");

    private static void Assessments(StringBuilder body, PlanRecord plan)
    {
        if (plan.Assessments.Count == 0) return;
        body.Append("<h2>Kết quả tự đánh giá</h2><div class=\"table-wrap\"><table><thead><tr><th>Tiêu chí</th><th>Kết quả</th><th>Ghi chú</th></tr></thead><tbody>");
        foreach (var a in plan.Assessments)
            body.Append("<tr><td>").Append(Html.E(a.Criterion)).Append("</td><td>").Append(Html.E(Labels.Result(a.Result)))
                .Append("</td><td>").Append(Html.E(a.Note)).Append("</td></tr>");
        body.Append("</tbody></table></div>");
    }

    private static void Items(StringBuilder body, PlanRecord plan)
    {
        body.Append("<h2>Nội dung cải tiến (").Append(plan.Items.Count).Append(")</h2><div class=\"table-wrap\"><table><thead><tr>")
            .Append("<th>Tiêu chí</th><th>Kết quả cần đạt</th><th>Công việc, giải pháp</th><th>Chủ trì</th><th>Thời gian</th><th>Kinh phí</th><th>Nguồn</th></tr></thead><tbody>");
        foreach (var item in plan.Items)
        {
            body.Append("<tr><td>").Append(Html.E(item.Criterion ?? (item.Standard is { } s ? $"TC {s}" : "")))
                .Append(item.CriterionName is null ? "" : "<br><small>" + Html.E(item.CriterionName) + "</small>")
                .Append(item.Confidence is < 0.8 ? "<br><span class=\"badge\">OCR tin cậy thấp</span>" : "")
                .Append("</td><td>").Append(Html.Lines(item.Target)).Append("</td><td>").Append(Html.Lines(item.Actions))
                .Append("</td><td>").Append(Html.Lines(item.Lead)).Append("</td><td>").Append(Html.E(item.Timeline?.Text));
            if (item.Timeline?.Start is not null)
                body.Append("<br><small>").Append(Html.E(item.Timeline.Start)).Append(" → ").Append(Html.E(item.Timeline.End ?? "…")).Append("</small>");
            body.Append("</td><td class=\"num\">").Append(Html.E(item.Budget?.Text));
            if (item.Budget?.Vnd is { } vnd) body.Append("<br><small>").Append(Html.E(Html.Vnd(vnd))).Append("</small>");
            body.Append("</td><td>").Append(Html.E(item.Funding)).Append("</td></tr>");
        }
        body.Append("</tbody></table></div>");
    }

    private static void SourceView(StringBuilder body, SourceDocument source, PlanRecord plan)
    {
        var repaired = plan.Repairs.Select(r => r.Repaired).Where(r => r.Length > 0).ToHashSet();
        body.Append("<div class=\"source\">");
        foreach (var block in source.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    var tag = text.Kind == TextKind.Heading ? "h3" : "p";
                    body.Append('<').Append(tag).Append(repaired.Contains(text.Text) ? " class=\"repaired\"" : "").Append('>')
                        .Append(Html.E(text.ListLabel is null ? text.Text : text.ListLabel + " " + text.Text))
                        .Append("</").Append(tag).Append('>');
                    break;
                case TableBlock table:
                    body.Append("<div class=\"table-wrap\"><table><tbody>");
                    foreach (var row in table.Rows)
                    {
                        body.Append("<tr>");
                        foreach (var cell in row.Cells.Where(c => !c.IsMergedContinuation))
                            body.Append("<td").Append(cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : "")
                                .Append(cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "").Append('>')
                                .Append(Html.Lines(cell.Text)).Append("</td>");
                        body.Append("</tr>");
                    }
                    body.Append("</tbody></table></div>");
                    break;
            }
        }
        body.Append("</div>");
    }
}
