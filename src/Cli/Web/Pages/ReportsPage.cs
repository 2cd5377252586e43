using System.Globalization;
using System.Text;

namespace Analytics.Cli.Web.Pages;

/// <summary>The analysis of the current filter: the HTML report shown inline (in a sandboxed frame, as it
/// carries its own script for sortable tables) and downloads in every format.</summary>
internal static class ReportsPage
{
    public static string Render(string? filter, DateOnly asOf, string? issuer = null, string? place = null)
    {
        var query = "filter=" + Html.U(filter ?? "") + "&as_of=" + asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The letterhead reaches only the DOCX and PDF downloads; the inline view has no administrative form.
        var letterhead = "&issuer=" + Html.U(issuer ?? "") + "&place=" + Html.U(place ?? "");
        var body = new StringBuilder();
        body.Append("<h1>Báo cáo tổng hợp</h1>")
            .Append("<form class=\"search\" method=\"get\" action=\"/reports\">")
            .Append("<label for=\"filter\">Phạm vi (truy vấn tìm kiếm): </label>")
            .Append("<input type=\"search\" id=\"filter\" name=\"filter\" value=\"").Append(Html.E(filter)).Append("\" placeholder=\"ví dụ: province:&quot;Hải Phòng&quot; level:thpt\">")
            .Append("<label for=\"as_of\">Tính quá hạn đến ngày: </label>")
            .Append("<input type=\"date\" id=\"as_of\" name=\"as_of\" value=\"").Append(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append("<fieldset class=\"letterhead\"><legend>Thể thức văn bản (bản DOCX, PDF)</legend>")
            .Append("<label for=\"issuer\">Cơ quan ban hành: </label>")
            .Append("<input type=\"text\" id=\"issuer\" name=\"issuer\" value=\"").Append(Html.E(issuer)).Append("\" placeholder=\"ví dụ: SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG\">")
            .Append("<label for=\"place\">Địa danh: </label>")
            .Append("<input type=\"text\" id=\"place\" name=\"place\" value=\"").Append(Html.E(place)).Append("\" placeholder=\"ví dụ: Hải Phòng\"></fieldset>")
            .Append("<button type=\"submit\">Lập báo cáo</button></form>")
            .Append("<div class=\"downloads\">");
        foreach (var (format, label) in new[] { ("docx", "Tải DOCX"), ("pdf", "Tải PDF"), ("xlsx", "Tải XLSX"), ("html", "Tải HTML") })
            body.Append("<a class=\"button\" href=\"/reports/download?format=").Append(format).Append("&amp;").Append(Html.E(query + letterhead)).Append("\">").Append(label).Append("</a>");
        body.Append("</div><iframe class=\"report-frame\" title=\"Báo cáo\" sandbox=\"allow-scripts\" src=\"/reports/view?")
            .Append(Html.E(query)).Append("\"></iframe>");
        return Layout.Page("Báo cáo", "reports", body.ToString());
    }
}
