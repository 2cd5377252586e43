using System.Text;
using Analytics.Ingest.Records;
using Analytics.Ingest.Review;

namespace Analytics.Cli.Web.Pages;

/// <summary>On the plan view: the fields a person corrected (value replaced, value set, who and when),
/// and the way to correct another.</summary>
internal static class CorrectionsBlock
{
    public static void Render(StringBuilder body, PlanRecord plan)
    {
        if (plan.Corrections.Count > 0)
        {
            body.Append("<div class=\"corrections\"><h2>Đã sửa tay</h2><ul>");
            foreach (var correction in plan.Corrections)
                body.Append("<li>✎ ").Append(Html.E(CorrectionWording.Line(correction))).Append("</li>");
            body.Append("</ul></div>");
        }
        body.Append("<p><a href=\"/review?plan=").Append(Html.E(Html.U(plan.Id))).Append("\">Sửa một trường của kế hoạch này</a></p>");
    }
}
