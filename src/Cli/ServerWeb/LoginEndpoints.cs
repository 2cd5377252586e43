using System.Security.Claims;
using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Analytics.Cli.ServerWeb;

/// <summary>Sign-in and sign-out: the only page an anonymous visitor reaches is the login page.</summary>
internal static class LoginEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/dang-nhap", (HttpContext context, IAntiforgery antiforgery) => LoginPage(context, antiforgery, null, 200)).AllowAnonymous();
        app.MapPost("/dang-nhap", SignIn).AllowAnonymous().DisableAntiforgery();
        app.MapPost("/dang-xuat", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await ServerPage.Genuine(context, antiforgery)) return Results.BadRequest();
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/dang-nhap");
        }).DisableAntiforgery();
    }

    private static async Task<IResult> SignIn(HttpContext context, IAntiforgery antiforgery, AccountStore accounts, AuditLog audit)
    {
        if (!await ServerPage.Genuine(context, antiforgery))
            return LoginPage(context, antiforgery, "Biểu mẫu đã hết hạn, hãy đăng nhập lại.", 400);
        var form = await context.Request.ReadFormAsync();
        var name = form["ten"].ToString().Trim();
        var password = form["mat-khau"].ToString();
        switch (accounts.Check(name, password))
        {
            case AccountStore.SignIn.Success:
                var account = accounts.Find(name)!;
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)],
                    CookieAuthenticationDefaults.AuthenticationScheme);
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                audit.Write(name, "login", context.Connection.RemoteIpAddress?.ToString());
                return Results.Redirect("/");
            case AccountStore.SignIn.LockedOut:
                audit.Write(name, "login-locked", context.Connection.RemoteIpAddress?.ToString());
                return LoginPage(context, antiforgery,
                    $"Tài khoản tạm bị khóa {AccountStore.LockoutMinutes} phút sau {AccountStore.MaxFailures} lần nhập sai mật khẩu.", 429);
            default:
                audit.Write(name, "login-failed", context.Connection.RemoteIpAddress?.ToString());
                return LoginPage(context, antiforgery, "Sai tên đăng nhập hoặc mật khẩu.", 401);
        }
    }

    private static IResult LoginPage(HttpContext context, IAntiforgery antiforgery, string? message, int status) =>
        ServerPage.Html("Đăng nhập",
            $"""
            {(message is null ? "" : $"<p role=\"alert\">{Web.Html.E(message)}</p>")}
            <form method="post" action="/dang-nhap">{ServerPage.Field(context, antiforgery)}
            <label>Tên đăng nhập <input name="ten" autocomplete="username" required></label>
            <label>Mật khẩu <input name="mat-khau" type="password" autocomplete="current-password" required></label>
            <button>Đăng nhập</button></form>
            """, status: status);
}
