using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Analytics.Cli.Web.Html;

namespace Analytics.Cli.ServerWeb;

/// <summary>The admin pages (/quan-tri): accounts (add, role, units, unlock) and the latest audit entries.
/// Only an account whose role is admin in the database reaches them (403 otherwise, whatever its cookie says);
/// every form carries an anti-forgery token and every change is audited.</summary>
internal static class AdminEndpoints
{
    private const int AuditLines = 50;

    public static void Map(WebApplication app)
    {
        app.MapGet("/quan-tri", (HttpContext context, IAntiforgery antiforgery, AccountStore accounts, AuditLog audit) =>
            ServerEndpoints.WithAccount(context, accounts, admin => admin.Role != Roles.Admin ? Results.Forbid()
                : ServerPage.Html("Quản trị", AdminPages.Body(context, antiforgery, accounts.All(), audit.Latest(AuditLines)), admin.Name, context: context, antiforgery: antiforgery)));
        MapChange(app, "/quan-tri/them", "user-add", (accounts, form) =>
        {
            var account = new Account(form["ten"].ToString().Trim(), form["vai-tro"].ToString(), Optional(form["tinh"]), Units(form["xa"]));
            accounts.Create(account, form["mat-khau"].ToString());
            return $"{account.Name} {account.Role} {account.Province} {string.Join(", ", account.Communes)}";
        });
        MapChange(app, "/quan-tri/vai-tro", "user-role", (accounts, form) =>
            accounts.SetRole(form["ten"].ToString(), form["vai-tro"].ToString()) ? $"{form["ten"]} → {form["vai-tro"]}" : null);
        MapChange(app, "/quan-tri/don-vi", "user-units", (accounts, form) =>
            accounts.SetUnits(form["ten"].ToString(), Optional(form["tinh"]), Units(form["xa"])) ? $"{form["ten"]}: {form["tinh"]} / {form["xa"]}" : null);
        MapChange(app, "/quan-tri/mo-khoa", "user-unlock", (accounts, form) =>
            accounts.Unlock(form["ten"].ToString()) ? form["ten"].ToString() : null);
    }

    /// <summary>A form post that changes accounts: admin only, anti-forgery checked, audited; the change
    /// returns the audit detail, or null when the account does not exist.</summary>
    private static void MapChange(WebApplication app, string path, string action, Func<AccountStore, IFormCollection, string?> change) =>
        app.MapPost(path, async (HttpContext context, IAntiforgery antiforgery, AccountStore accounts, AuditLog audit) =>
        {
            if (!await ServerPage.Genuine(context, antiforgery)) return Results.BadRequest();
            if (context.User.Identity?.Name is not { } name || accounts.Find(name) is not { Role: Roles.Admin } admin) return Results.Forbid();
            var form = await context.Request.ReadFormAsync();
            string? detail;
            try
            {
                detail = change(accounts, form);
            }
            catch (ArgumentException e)
            {
                return ServerPage.Html("Quản trị", $"<p role=\"alert\">{E(e.Message)}</p><p><a href=\"/quan-tri\">Quay lại</a></p>", admin.Name, 400, context, antiforgery);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation)
            {
                return ServerPage.Html("Quản trị", "<p role=\"alert\">Tên đăng nhập này đã có.</p><p><a href=\"/quan-tri\">Quay lại</a></p>", admin.Name, 409, context, antiforgery);
            }
            if (detail is null) return Results.NotFound();
            audit.Write(admin.Name, action, detail);
            return Results.Redirect("/quan-tri");
        }).DisableAntiforgery();

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Communes typed as a list: "Văn Bàn, Tân Lợi".</summary>
    private static List<string> Units(string? value) =>
        (value ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
