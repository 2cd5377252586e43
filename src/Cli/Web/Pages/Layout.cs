using System.Text;

namespace Analytics.Cli.Web.Pages;

/// <summary>The page frame shared by every screen: header with navigation, main region, one stylesheet
/// and one script, both served from our own origin (the content-security policy forbids inline script).</summary>
internal static class Layout
{
    public static string Page(string title, string active, string body, string? antiforgeryToken = null)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.E(title)).Append(" · Phân tích kế hoạch cải tiến</title>")
            .Append("<link rel=\"stylesheet\" href=\"/assets/site.css\">");
        if (antiforgeryToken is not null)
            html.Append("<meta name=\"csrf-token\" content=\"").Append(Html.E(antiforgeryToken)).Append("\">");
        html.Append("<script src=\"/assets/site.js\" defer></script></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Bỏ qua, đến nội dung chính</a>")
            .Append("<header class=\"top\"><span class=\"brand\">Phân tích kế hoạch cải tiến chất lượng</span><nav aria-label=\"Chức năng\">");
        foreach (var (href, key, label) in Navigation)
        {
            html.Append("<a href=\"").Append(href).Append('"');
            if (key == active) html.Append(" aria-current=\"page\"");
            html.Append('>').Append(label).Append("</a>");
        }
        html.Append("</nav></header><main id=\"main\" tabindex=\"-1\">")
            .Append(body)
            .Append("</main></body></html>");
        return html.ToString();
    }

    private static readonly (string Href, string Key, string Label)[] Navigation =
    [
        ("/", "search", "Tìm kiếm"),
        ("/upload", "upload", "Tải lên"),
        ("/reports", "reports", "Báo cáo"),
        ("/review", "review", "Xem lại"),
    ];
}
