using System.Text.Json;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;
using Analytics.Search.Querying;
using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Analytics.Server.Indexing;
using Analytics.Server.Jobs;
using Analytics.Server.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Analytics.Cli.Web.Html;

namespace Analytics.Cli.ServerWeb;

/// <summary>The signed-in pages. Each handler takes the account from the session's claims (role and units; a
/// session whose account changed since it signed in is ended by <see cref="SessionCheck"/> first), and passes its scope to the search or checks each record against it: a plan
/// outside the scope answers 404 like a plan that does not exist, so its existence is not revealed either.</summary>
internal static class ServerEndpoints
{
    private static readonly string[] ReportFormats = ["html", "md", "docx", "xlsx", "pdf"];

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext context, IAntiforgery antiforgery, IndexFollower index, string? q) =>
            WithAccount(context, account => SearchPage(context, antiforgery, account, index, q)));
        app.MapGet("/api/tim-kiem", (HttpContext context, IndexFollower index, string? q, bool? kehoach) =>
            WithAccount(context, account => SearchJson(account, index, q, kehoach == true)));
        app.MapGet("/ke-hoach", (HttpContext context, IAntiforgery antiforgery, PgPlanStore store, string? source) =>
            WithAccount(context, account => Visible(account, store, source) is { } records
                ? ServerPage.Html(records[0].Record.School.Name ?? source!, PlanBody(context, antiforgery, account, records, source!), account.Name, context: context, antiforgery: antiforgery)
                : Results.NotFound()));
        app.MapGet("/ke-hoach/tai-ve", (HttpContext context, PgPlanStore store, AuditLog audit, string? source) =>
            WithAccount(context, account =>
            {
                if (Visible(account, store, source) is not { } records) return Results.NotFound();
                audit.Write(account.Name, "download-plan", source);
                return Results.Text(JsonSerializer.Serialize(records.Select(r => r.Record), RecordJson.Indented), "application/json; charset=utf-8");
            }));
        app.MapGet("/bao-cao/tai-ve", (HttpContext context, ScopedReports reports, AuditLog audit, string? format, string? filter, string? issuer, string? place) =>
            WithAccount(context, account => Report(account, reports, audit, format ?? "html", filter, issuer, place)));
        UploadEndpoints.Map(app);
        PlanEditEndpoints.Map(app);
        AdminEndpoints.Map(app);
    }

    /// <summary>Runs a handler with the signed-in account (a session whose account was deleted or changed has
    /// already been signed out by the security stamp check, and reaches no handler).</summary>
    internal static IResult WithAccount(HttpContext context, Func<Account, IResult> handler) =>
        AccountClaims.Of(context.User) is { } account ? handler(account) : Results.Forbid();

    /// <summary>The plans of a source the account sees, with their numbers in the file (from 1).</summary>
    private static IReadOnlyList<(PlanRecord Record, int Plan)>? Visible(Account account, PgPlanStore store, string? source)
    {
        if (string.IsNullOrEmpty(source) || store.Get(source) is not { } stored) return null;
        var records = stored.Records.Select((r, i) => (r, i + 1)).Where(p => account.Sees(p.r)).ToList();
        return records.Count == 0 ? null : records;
    }

    private static SearchOutcome Search(Account account, IndexFollower index, string? q, bool plans, int top) =>
        index.Search(new SearchRequest(string.IsNullOrWhiteSpace(q) ? "*" : q)
        {
            Top = top, Facets = true, Scope = plans ? SearchScope.Plans : SearchScope.Items, Within = account.Within(),
        });

    private static IResult SearchJson(Account account, IndexFollower index, string? q, bool plans)
    {
        var outcome = Search(account, index, q, plans, 1000);
        if (!outcome.IsSuccess) return Results.BadRequest(new { error = outcome.Error });
        var response = outcome.Response!;
        return Results.Json(new
        {
            total = response.TotalHits,
            hits = response.Hits.Select(h => new { h.Id, h.Source, h.School, h.Criterion }),
            facets = response.Facets.Select(f => new { f.Facet, values = f.Values.Select(v => new { v.Label, v.Count }) }),
        });
    }

    private static IResult SearchPage(HttpContext context, IAntiforgery antiforgery, Account account, IndexFollower index, string? q)
    {
        var outcome = Search(account, index, q, plans: false, 50);
        var body = $"""<form method="get" action="/"><input name="q" value="{E(q)}" aria-label="Tìm kiếm"><button>Tìm</button></form>""";
        if (!outcome.IsSuccess) return ServerPage.Html("Tìm kiếm", body + $"<p role=\"alert\">{E(outcome.Error)}</p>", account.Name, 400, context, antiforgery);
        var response = outcome.Response!;
        var hits = string.Join("", response.Hits.Select(h =>
            $"""<li><a href="/ke-hoach?source={E(U(h.Source))}">{E(h.School ?? h.Source)}</a> {E(h.Criterion)} — {E(h.Snippet.Text)}</li>"""));
        var facets = string.Join("", response.Facets.Where(f => f.Values.Count > 0).Select(f =>
            $"<section><h2>{E(f.Facet)}</h2><ul>{string.Join("", f.Values.Select(v => $"<li>{E(v.Label)}: {v.Count}</li>"))}</ul></section>"));
        return ServerPage.Html("Tìm kiếm", $"{body}<p>{response.TotalHits} kết quả</p><ol>{hits}</ol>{facets}", account.Name, context: context, antiforgery: antiforgery);
    }

    private static string PlanBody(HttpContext context, IAntiforgery antiforgery, Account account, IReadOnlyList<(PlanRecord Record, int Plan)> records, string source) =>
        $"""<p><a href="/ke-hoach/tai-ve?source={E(U(source))}">Tải JSON</a></p>"""
        + string.Join("", records.Select(p =>
        {
            var r = p.Record;
            var place = string.Join(", ", new[] { r.School.Commune, r.School.District, r.School.ProvinceCurrent ?? r.School.Province }.Where(v => !string.IsNullOrWhiteSpace(v)));
            var corrections = r.Corrections.Count == 0 ? "" :
                "<ul class=\"da-sua\">" + string.Join("", r.Corrections.Select(c =>
                    $"<li>{E(c.Field)}: “{E(c.Original)}” → “{E(c.Value)}” ({E(c.By)}, {c.At.ToUniversalTime():yyyy-MM-dd HH:mm} UTC)</li>")) + "</ul>";
            return $"<h2>{E(r.School.Name)} ({E(place)})</h2><table><tr><th>Tiêu chí</th><th>Mục tiêu</th><th>Kinh phí</th></tr>"
                + string.Join("", r.Items.Select(i => $"<tr><td>{E(i.Criterion)}</td><td>{E(i.Target)}</td><td>{E(i.Budget?.Text)}</td></tr>")) + "</table>"
                + corrections + PlanEditEndpoints.CorrectionForm(context, antiforgery, account, source, p.Plan, r);
        }))
        + PlanEditEndpoints.DeleteForm(context, antiforgery, account, source);

    private static IResult Report(Account account, ScopedReports reports, AuditLog audit, string format, string? filter, string? issuer, string? place)
    {
        if (!ReportFormats.Contains(format)) return Results.BadRequest(new { error = $"Định dạng báo cáo không hỗ trợ: {format}" });
        var (records, error) = reports.Select(account, filter);
        if (error is not null) return Results.NotFound(new { error });
        audit.Write(account.Name, "download-report", $"{format} {filter} ({records.Count} plans)");
        var output = new MemoryStream();
        reports.Write(records, filter, format, output, issuer, place);
        var type = format switch
        {
            "html" => "text/html; charset=utf-8", "md" => "text/markdown; charset=utf-8", "pdf" => "application/pdf",
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        };
        return Results.File(output.ToArray(), type, $"bao-cao.{format}");
    }
}
