using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using static Analytics.Cli.Web.Html;

namespace Analytics.Cli.ServerWeb;

/// <summary>The admin pages (/quan-tri): accounts (add, role, units, lock, unlock: all through Identity's UserManager) and the latest audit entries.
/// Only an admin reaches them (403 otherwise; a session whose role changed has been ended by its security stamp);
/// every form carries an anti-forgery token and every change is audited.</summary>
internal static class AdminEndpoints
{
    private const int AuditLines = 50;

    public static void Map(WebApplication app)
    {
        app.MapGet("/quan-tri", async (HttpContext context, IAntiforgery antiforgery, AccountAdmin accounts, AuditLog audit) =>
            AccountClaims.Of(context.User) is not { Role: Roles.Admin } admin ? Results.Forbid()
                : ServerPage.Html("Quản trị", AdminPages.Body(context, antiforgery, await accounts.All(), audit.Latest(AuditLines)), admin.Name, context: context, antiforgery: antiforgery));
        MapChange(app, "/quan-tri/them", "user-add", async (accounts, form) =>
        {
            var account = new Account(form["ten"].ToString().Trim(), form["vai-tro"].ToString(), Optional(form["tinh"]), Units(form["xa"]));
            return (await accounts.Create(account, form["mat-khau"].ToString()), $"{account.Name} {account.Role} {account.Province} {string.Join(", ", account.Communes)}");
        });
        MapChange(app, "/quan-tri/vai-tro", "user-role", async (accounts, form) =>
            (await accounts.SetRole(form["ten"].ToString(), form["vai-tro"].ToString()), $"{form["ten"]} → {form["vai-tro"]}"));
        MapChange(app, "/quan-tri/don-vi", "user-units", async (accounts, form) =>
            (await accounts.SetUnits(form["ten"].ToString(), Optional(form["tinh"]), Units(form["xa"])), $"{form["ten"]}: {form["tinh"]} / {form["xa"]}"));
        MapChange(app, "/quan-tri/khoa", "user-lock", async (accounts, form) => (await accounts.Lock(form["ten"].ToString()), form["ten"].ToString()));
        MapChange(app, "/quan-tri/mo-khoa", "user-unlock", async (accounts, form) => (await accounts.Unlock(form["ten"].ToString()), form["ten"].ToString()));
    }

    /// <summary>A form post that changes accounts: admin only, anti-forgery checked, audited. The change answers
    /// Identity's result (null: no such account) and the audit detail; a refusal shows Identity's message.</summary>
    private static void MapChange(WebApplication app, string path, string action, Func<AccountAdmin, IFormCollection, Task<(IdentityResult? Result, string Detail)>> change) =>
        app.MapPost(path, async (HttpContext context, IAntiforgery antiforgery, AccountAdmin accounts, AuditLog audit) =>
        {
            if (!await ServerPage.Genuine(context, antiforgery)) return Results.BadRequest();
            if (AccountClaims.Of(context.User) is not { Role: Roles.Admin } admin) return Results.Forbid();
            var (result, detail) = await change(accounts, await context.Request.ReadFormAsync());
            if (result is null) return Results.NotFound();
            if (!result.Succeeded)
            {
                var status = result.Errors.Any(e => e.Code == nameof(AccountErrors.DuplicateUserName)) ? 409 : 400;
                return ServerPage.Html("Quản trị", $"<p role=\"alert\">{E(AccountAdmin.Message(result))}</p><p><a href=\"/quan-tri\">Quay lại</a></p>", admin.Name, status, context, antiforgery);
            }
            audit.Write(admin.Name, action, detail);
            return Results.Redirect("/quan-tri");
        }).DisableAntiforgery();

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Communes typed as a list: "Văn Bàn, Tân Lợi".</summary>
    private static List<string> Units(string? value) =>
        (value ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
