using Analytics.Cli.Web.Pages;
using Analytics.Ingest.Records;
using Analytics.Ingest.Review;
using Analytics.Ingest.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Web;

/// <summary>The review routes: GET /review lists what needs a person's look (and, with ?plan=ID, a form for
/// any field of that plan); POST /review/correct keeps a correction (anti-forgery token required), holding
/// the data folder's writer lock like an upload, and brings the search index in line before answering.</summary>
internal static class ReviewEndpoints
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public static void Map(WebApplication app)
    {
        app.MapGet("/review", (HttpContext http, IAntiforgery antiforgery, IngestWorker worker) =>
        {
            var saved = http.Request.Query["saved"].ToString();
            var message = saved.Length == 0 ? null
                : $"Đã lưu giá trị sửa của trường \"{(FieldPath.Parse(saved) is { IsSuccess: true } p ? ReviewLabels.Field(p.Value) : saved)}\"; tìm kiếm và báo cáo đã dùng giá trị mới.";
            return Page(Model(http, antiforgery, worker.Store, message, null));
        });
        app.MapPost("/review/correct", Correct);
    }

    private static async Task<IResult> Correct(HttpContext http, IAntiforgery antiforgery, IngestWorker worker, SearchIndexHolder index, WorkspaceOptions options, ILogger<WorkspaceApp> logger)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            return Refused(http, antiforgery, worker.Store, "Thiếu hoặc sai mã chống giả mạo (anti-forgery); hãy tải lại trang.", StatusCodes.Status400BadRequest);
        var form = await http.Request.ReadFormAsync();
        string id = form["plan"].ToString(), field = form["field"].ToString(), value = form["value"].ToString(), by = form["by"].ToString();
        var plan = PlanLookup.Find(worker.Store, id);
        if (plan is null) return Refused(http, antiforgery, worker.Store, "Không tìm thấy kế hoạch cần sửa.", StatusCodes.Status404NotFound);

        using var writer = WriterLock.Acquire(options.DataDirectory, "serve", LockWait);
        if (writer is null)
            return Refused(http, antiforgery, worker.Store, $"Thư mục dữ liệu đang được ghi bởi {WriterLock.CurrentHolder(options.DataDirectory)?.Describe() ?? "một tiến trình khác"}; hãy thử lại sau.", StatusCodes.Status503ServiceUnavailable);
        var result = CorrectionDesk.Correct(worker.Store, plan.Source, ReviewFlags.PlanNumber(plan), field, value, by, DateTimeOffset.UtcNow);
        if (!result.IsSuccess)
            return Refused(http, antiforgery, worker.Store, "Không lưu được: " + Wording.CorrectionErrorWording.Vietnamese(result.Error!), StatusCodes.Status422UnprocessableEntity);
        index.Sync(worker.Store);
        logger.LogInformation("correction {Source} plan {Plan} {Field} by {By}", plan.Source, ReviewFlags.PlanNumber(plan), field, by);
        return Results.Redirect($"/review?plan={Uri.EscapeDataString(result.Value.Id)}&saved={Uri.EscapeDataString(field)}", permanent: false, preserveMethod: false);
    }

    private static IResult Refused(HttpContext http, IAntiforgery antiforgery, RecordStore store, string error, int status) =>
        Results.Content(ReviewPage.Render(Model(http, antiforgery, store, null, error)), "text/html; charset=utf-8", statusCode: status);

    private static IResult Page(ReviewPage.Model model) => Results.Content(ReviewPage.Render(model), "text/html; charset=utf-8");

    private static ReviewPage.Model Model(HttpContext http, IAntiforgery antiforgery, RecordStore store, string? message, string? error)
    {
        var records = store.AllRecords().ToList();
        var planId = http.Request.Query["plan"].ToString();
        if (planId.Length == 0 && http.Request.HasFormContentType) planId = http.Request.Form["plan"].ToString();
        PlanRecord? plan = planId.Length == 0 ? null : PlanLookup.Find(store, planId);
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        return new ReviewPage.Model(ReviewFlags.Of(records), records.Where(r => r.Corrections.Count > 0).ToList(), plan, token, message, error);
    }
}
