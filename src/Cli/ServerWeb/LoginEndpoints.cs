using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Analytics.Cli.ServerWeb;

/// <summary>Sign-in and sign-out: the only page an anonymous visitor reaches is the login page.</summary>
internal static class LoginEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/dang-nhap", (HttpContext context, IAntiforgery antiforgery) => LoginPage(context, antiforgery, null, 200)).AllowAnonymous();
        app.MapPost("/dang-nhap", SignIn).AllowAnonymous().DisableAntiforgery();
        app.MapPost("/dang-xuat", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AccountUser> signIn) =>
        {
            if (!await ServerPage.Genuine(context, antiforgery)) return Results.BadRequest();
            await signIn.SignOutAsync();
            return Results.Redirect("/dang-nhap");
        }).DisableAntiforgery();
    }

    /// <summary>Identity checks the password (and upgrades an old hash), counts a wrong one, refuses a locked
    /// account and issues the cookie.</summary>
    private static async Task<IResult> SignIn(HttpContext context, IAntiforgery antiforgery, SignInManager<AccountUser> signIn, AuditLog audit)
    {
        if (!await ServerPage.Genuine(context, antiforgery))
            return LoginPage(context, antiforgery, "Biểu mẫu đã hết hạn, hãy đăng nhập lại.", 400);
        var form = await context.Request.ReadFormAsync();
        var name = form["ten"].ToString().Trim();
        var password = form["mat-khau"].ToString();
        var result = name.Length == 0 ? SignInResult.Failed
            : await LoginGate.Serialized(signIn.UserManager.NormalizeName(name), () => signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true));
        var client = context.Connection.RemoteIpAddress?.ToString();
        if (result.Succeeded)
        {
            audit.Write(name, "login", client);
            return Results.Redirect("/");
        }
        if (result.IsLockedOut)
        {
            audit.Write(name, "login-locked", client);
            return LoginPage(context, antiforgery,
                $"Tài khoản đang bị khóa: {AccountPolicy.LockoutMinutes} phút sau {AccountPolicy.MaxFailures} lần nhập sai mật khẩu, hoặc đến khi quản trị viên mở khóa.", 429);
        }
        audit.Write(name, "login-failed", client);
        return LoginPage(context, antiforgery, "Sai tên đăng nhập hoặc mật khẩu.", 401);
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
