using Analytics.Ingest.Records;
using Analytics.Ingest.Review;
using Analytics.Server.Accounts;
using Analytics.Server.Review;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Analytics.Cli.Web.Html;

namespace Analytics.Cli.ServerWeb;

/// <summary>Correcting a field of a plan and deleting a plan's file from its page (forms with anti-forgery).
/// The store checks the role and the plan's units: a plan outside the account's scope answers 404 as when
/// reading it; a role that may not edit, 403.</summary>
internal static class PlanEditEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/ke-hoach/sua", Correct).DisableAntiforgery();
        app.MapPost("/ke-hoach/xoa", Delete).DisableAntiforgery();
    }

    /// <summary>The correction form under a plan on its page, when the account's role may correct.</summary>
    public static string CorrectionForm(HttpContext context, IAntiforgery antiforgery, Account account, string source, int plan, PlanRecord record)
    {
        if (!Roles.MayCorrect(account.Role)) return "";
        var fields = FieldPath.PlanFields.Concat(Enumerable.Range(1, record.Items.Count).SelectMany(i => FieldPath.ItemFields.Select(f => $"items[{i}].{f}")));
        return $"""
            <form method="post" action="/ke-hoach/sua" class="sua">{ServerPage.Field(context, antiforgery)}
            <input type="hidden" name="source" value="{E(source)}"><input type="hidden" name="ke-hoach" value="{plan}">
            <label>Trường thông tin <select name="truong">{string.Join("", fields.Select(f => $"<option>{E(f)}</option>"))}</select></label>
            <label>Giá trị đúng <input name="gia-tri"></label><button>Sửa</button></form>
            """;
    }

    /// <summary>The form that deletes the file (all its plans), when the account's role may delete.</summary>
    public static string DeleteForm(HttpContext context, IAntiforgery antiforgery, Account account, string source) =>
        !Roles.MayDelete(account.Role) ? "" :
            $"""
            <form method="post" action="/ke-hoach/xoa" class="xoa">{ServerPage.Field(context, antiforgery)}
            <input type="hidden" name="source" value="{E(source)}"><button>Xóa tệp này khỏi kho</button></form>
            """;

    private static async Task<IResult> Correct(HttpContext context, IAntiforgery antiforgery, PlanEdits edits)
    {
        if (!await ServerPage.Genuine(context, antiforgery)) return Results.BadRequest();
        if (AccountClaims.Of(context.User) is not { } account) return Results.Forbid();
        var form = await context.Request.ReadFormAsync();
        var source = form["source"].ToString();
        if (!int.TryParse(form["ke-hoach"], out var plan)) return Results.BadRequest();
        var (refusal, error) = edits.Correct(account, source, plan, form["truong"].ToString(), form["gia-tri"].ToString());
        return refusal switch
        {
            PlanEdits.Refusal.None => Results.Redirect($"/ke-hoach?source={Uri.EscapeDataString(source)}"),
            PlanEdits.Refusal.NotAllowed => Results.Forbid(),
            PlanEdits.Refusal.Invalid => Results.BadRequest(new { error }),
            _ => Results.NotFound(),
        };
    }

    private static async Task<IResult> Delete(HttpContext context, IAntiforgery antiforgery, PlanEdits edits)
    {
        if (!await ServerPage.Genuine(context, antiforgery)) return Results.BadRequest();
        if (AccountClaims.Of(context.User) is not { } account) return Results.Forbid();
        var form = await context.Request.ReadFormAsync();
        return edits.Delete(account, form["source"].ToString()) switch
        {
            PlanEdits.Refusal.None => Results.Redirect("/"),
            PlanEdits.Refusal.NotAllowed => Results.Forbid(),
            _ => Results.NotFound(),
        };
    }
}
