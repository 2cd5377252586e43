using System.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Review;

namespace Analytics.Cli.Web.Pages;

/// <summary>"Xem lại": the fields that need a person's look before the data is trusted, each with a form to
/// set the right value; for one plan (?plan=ID), a form for any of its fields; and the corrections made.</summary>
internal static class ReviewPage
{
    private const int MaxShown = 300;

    public sealed record Model(IReadOnlyList<ReviewFlag> Flags, IReadOnlyList<PlanRecord> Corrected, PlanRecord? Plan, string Token, string? Message, string? Error);

    public static string Render(Model model)
    {
        var body = new StringBuilder();
        body.Append("<h1>Xem lại trước khi dùng số liệu</h1>");
        if (model.Message is not null) body.Append("<p class=\"notice\" role=\"status\">").Append(Html.E(model.Message)).Append("</p>");
        if (model.Error is not null) body.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(model.Error)).Append("</p>");
        Summary(body, ReviewSummary.Of(model.Flags));
        if (model.Plan is not null) PlanForm(body, model.Plan, model.Token);
        OpenFlags(body, model.Flags.Where(f => !f.Resolved).Take(MaxShown).ToList(), model.Token);
        Corrections(body, model.Corrected);
        return Layout.Page("Xem lại", "review", body.ToString());
    }

    private static void Summary(StringBuilder body, ReviewSummary summary)
    {
        if (summary.Fields == 0)
        {
            body.Append("<p>Không còn trường nào cần xem lại.</p>");
            return;
        }
        body.Append("<p class=\"review-summary\">Cần xem lại: <strong>").Append(summary.Plans).Append(" kế hoạch, ")
            .Append(summary.Fields).Append(" trường</strong>.</p><ul class=\"review-reasons\">");
        foreach (var (reason, count) in summary.ByReason)
            body.Append("<li>").Append(Html.E(ReviewReasonNames.Vietnamese(reason))).Append(": ").Append(count).Append("</li>");
        body.Append("</ul>");
    }

    private static void OpenFlags(StringBuilder body, IReadOnlyList<ReviewFlag> flags, string token)
    {
        if (flags.Count == 0) return;
        body.Append("<h2>Các trường cần xem lại</h2><ol class=\"review-list\">");
        foreach (var flag in flags)
        {
            body.Append("<li class=\"review-item\"><p><a href=\"/plan?id=").Append(Html.E(Html.U(flag.PlanId))).Append("\">")
                .Append(Html.E(flag.School ?? flag.Source)).Append("</a> <span class=\"muted\">").Append(Html.E(flag.Source)).Append("</span></p>")
                .Append("<p><strong>").Append(Html.E(ReviewLabels.Field(flag.Field))).Append("</strong> — ")
                .Append(Html.E(ReviewReasonNames.Vietnamese(flag.Reason)));
            if (ReviewLabels.Detail(flag) is { } detail) body.Append(" (").Append(Html.E(detail)).Append(')');
            body.Append("</p>");
            if (flag.Field is null)
                body.Append("<p><a href=\"/review?plan=").Append(Html.E(Html.U(flag.PlanId))).Append("\">Đọc lại và sửa các trường của kế hoạch này</a></p>");
            else
                Form(body, token, flag.PlanId, [flag.Field.ToString()], flag.Value, null);
            body.Append("</li>");
        }
        body.Append("</ol>");
    }

    /// <summary>Any field of one plan: a list of its fields, a value, a name.</summary>
    private static void PlanForm(StringBuilder body, PlanRecord plan, string token)
    {
        body.Append("<h2>Sửa một trường của kế hoạch: ").Append(Html.E(plan.School.Name ?? plan.Source)).Append("</h2>");
        var fields = FieldPath.PlanFields.Concat(plan.Items.SelectMany((_, i) => FieldPath.ItemFields.Select(n => FieldPath.ForItem(i + 1, n).ToString()))).ToList();
        Form(body, token, plan.Id, fields, null, plan);
    }

    private static void Form(StringBuilder body, string token, string planId, IReadOnlyList<string> fields, string? value, PlanRecord? plan)
    {
        body.Append("<form class=\"correct-form\" method=\"post\" action=\"/review/correct\">")
            .Append("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"").Append(Html.E(token)).Append("\">")
            .Append("<input type=\"hidden\" name=\"plan\" value=\"").Append(Html.E(planId)).Append("\">");
        if (fields.Count == 1)
            body.Append("<input type=\"hidden\" name=\"field\" value=\"").Append(Html.E(fields[0])).Append("\">");
        else
        {
            body.Append("<label>Trường <select name=\"field\">");
            foreach (var field in fields)
            {
                var path = FieldPath.Parse(field).Value;
                var current = plan is null ? null : CorrectableFields.Read(plan, path);
                body.Append("<option value=\"").Append(Html.E(field)).Append("\">").Append(Html.E(ReviewLabels.Field(path)))
                    .Append(current is null ? "" : " — " + Html.E(Short(current))).Append("</option>");
            }
            body.Append("</select></label>");
        }
        body.Append("<label>Giá trị đúng <input name=\"value\" type=\"text\" value=\"").Append(Html.E(value)).Append("\"></label>")
            .Append("<label>Người sửa <input name=\"by\" type=\"text\" required autocomplete=\"name\"></label>")
            .Append("<button type=\"submit\">Lưu</button></form>");
    }

    private static void Corrections(StringBuilder body, IReadOnlyList<PlanRecord> corrected)
    {
        if (corrected.Count == 0) return;
        body.Append("<h2>Đã sửa tay</h2><ul class=\"corrections\">");
        foreach (var plan in corrected)
            foreach (var correction in plan.Corrections)
                body.Append("<li><a href=\"/plan?id=").Append(Html.E(Html.U(plan.Id))).Append("\">").Append(Html.E(plan.School.Name ?? plan.Source))
                    .Append("</a>: ").Append(Html.E(CorrectionWording.Line(correction))).Append("</li>");
        body.Append("</ul>");
    }

    private static string Short(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= 60 ? line : line[..59] + "…";
    }
}
