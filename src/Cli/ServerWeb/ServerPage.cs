using Analytics.Cli.Web;
using Analytics.Server.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Analytics.Cli.ServerWeb;

/// <summary>The frame of the shared workspace's pages (Vietnamese), and the anti-forgery field of its forms.</summary>
internal static class ServerPage
{
    public static IResult Html(string title, string body, string? user = null, int status = 200, HttpContext? context = null, IAntiforgery? antiforgery = null)
    {
        var nav = user is null || context is null || antiforgery is null ? "" :
            $"""
            <nav><a href="/">Tìm kiếm</a> · <a href="/tai-len">Tải lên</a> · <a href="/tien-do">Tiến độ</a> · <a href="/bao-cao/tai-ve?format=html">Báo cáo</a>{(context.User.IsInRole(Roles.Admin) ? " · <a href=\"/quan-tri\">Quản trị</a>" : "")}
            · {Web.Html.E(user)} <form method="post" action="/dang-xuat">{Field(context, antiforgery)}<button>Đăng xuất</button></form></nav>
            """;
        var page = $"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Web.Html.E(title)} · Kế hoạch cải tiến chất lượng</title></head>
            <body>{nav}<main><h1>{Web.Html.E(title)}</h1>{body}</main></body></html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", statusCode: status);
    }

    public static string Field(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"""<input type="hidden" name="{Web.Html.E(tokens.FormFieldName)}" value="{Web.Html.E(tokens.RequestToken)}">""";
    }

    /// <summary>Validates the form's anti-forgery token; false (and nothing done) when it is missing or wrong.</summary>
    public static async Task<bool> Genuine(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
