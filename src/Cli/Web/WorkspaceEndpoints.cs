using System.Globalization;
using System.Text;
using Analytics.Cli.Web.Pages;
using Analytics.Analysis.Reports;
using Analytics.Ingest;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Records;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Web;

/// <summary>The workspace's routes. Pages are rendered on the server; the one state-changing request
/// (upload) demands the anti-forgery token.</summary>
internal static class WorkspaceEndpoints
{

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext http, SearchIndexHolder index) =>
            Page(SearchPage.Render(index, http.Request.Query["q"], IntQuery(http, "page", 1), http.Request.Query["by"] == "plan")));

        app.MapGet("/upload", (HttpContext http, IAntiforgery antiforgery, WorkspaceOptions options) =>
            Page(UploadPage.Render(antiforgery.GetAndStoreTokens(http).RequestToken!, options)));
        app.MapPost("/api/uploads", Upload);
        app.MapGet("/api/uploads/{id}", (string id, IngestWorker worker) => worker.Find(id) is { } job ? Results.Json(Progress(job, worker.Store)) : Results.NotFound());

        app.MapGet("/plan", (HttpContext http, IngestWorker worker, SourceReadCache reads) => ShowPlan(http.Request.Query["id"], worker, reads));
        app.MapGet("/plan/source", (HttpContext http, IngestWorker worker) => PlanImage(http.Request.Query["id"], worker));
        app.MapGet("/plan/export", (HttpContext http, IngestWorker worker) => Export(http.Request.Query["id"], http.Request.Query["format"], worker));

        app.MapGet("/reports", (HttpContext http) => Page(ReportsPage.Render(http.Request.Query["filter"], AsOf(http), http.Request.Query["issuer"], http.Request.Query["place"])));
        app.MapGet("/reports/view", (HttpContext http, ReportService reports) => ReportView(http, reports));
        app.MapGet("/reports/download", (HttpContext http, ReportService reports, ILogger<WorkspaceApp> logger) => ReportDownload(http, reports, logger));

        ReviewEndpoints.Map(app);

        app.MapGet("/assets/{name}", (string name) => Asset(name));
        app.MapGet("/favicon.ico", () => Results.NoContent());
    }

    private static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static async Task<IResult> Upload(HttpContext http, IAntiforgery antiforgery, IngestWorker worker, WorkspaceOptions options)
    {
        if (!http.Request.HasFormContentType || !(http.Request.ContentType ?? "").StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return Results.Json(new { error = "Yêu cầu phải là multipart/form-data chứa các tệp." }, statusCode: StatusCodes.Status415UnsupportedMediaType);
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Json(new { error = "Thiếu hoặc sai mã chống giả mạo (anti-forgery); hãy tải lại trang." }, statusCode: StatusCodes.Status400BadRequest);

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync();
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return Results.Json(new { error = $"Dữ liệu tải lên quá lớn hoặc hỏng (tối đa {options.MaxRequestBytes / (1024 * 1024)} MB mỗi lần)." },
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        if (form.Files.Count == 0) return Results.Json(new { error = "Không có tệp nào." }, statusCode: StatusCodes.Status400BadRequest);
        if (form.Files.Count > options.MaxFilesPerUpload)
            return Results.Json(new { error = $"Tối đa {options.MaxFilesPerUpload} tệp mỗi lần." }, statusCode: StatusCodes.Status400BadRequest);

        var files = new List<UploadedFile>(form.Files.Count);
        foreach (var file in form.Files) files.Add(await Accept(file, options));
        var job = worker.Start(files, replace: form["replace"] == "true");
        return Results.Json(new { job = job.Id }, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<UploadedFile> Accept(IFormFile file, WorkspaceOptions options)
    {
        var name = UploadNames.Clean(file.FileName) ?? "(không tên)";
        if (file.Length == 0) return new UploadedFile(name, null, "Tệp rỗng.");
        if (file.Length > options.MaxFileBytes)
            return new UploadedFile(name, null, $"Tệp lớn hơn giới hạn {options.MaxFileBytes / (1024 * 1024)} MB.");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        var content = buffer.ToArray();
        var format = FormatSniffer.Detect(content, name);
        return DocumentFormats.IsRead(format)
            ? new UploadedFile(name, content, null)
            : new UploadedFile(name, null, $"Định dạng không được hỗ trợ ({format}): chỉ nhận Word (DOCX, DOC), RTF, ODT, Excel (XLSX), PDF, ảnh PNG/JPEG/TIFF và văn bản.");
    }

    private static object Progress(UploadJob job, Analytics.Ingest.Store.RecordStore store)
    {
        var files = job.Files;
        var review = job.Finished ? UploadReview.Of(files, store) : null;
        return new
        {
            job = job.Id,
            finished = job.Finished,
            done = files.Count(f => f.State is "done" or "failed"),
            succeeded = files.Count(f => f.State == "done"),
            failed = files.Count(f => f.State == "failed"),
            // The record keeps the English reason (logs read it); the list shows it in Vietnamese.
            files = files.Select(f => new { name = f.Name, state = f.State, message = f.Message is null ? null : Wording.IngestErrorWording.Vietnamese(f.Message), plans = f.Plans }),
            review = review is null ? null : new { plans = review.Plans, fields = review.Fields },
        };
    }

    private static IResult ShowPlan(string? id, IngestWorker worker, SourceReadCache reads)
    {
        var plan = PlanLookup.Find(worker.Store, id);
        if (plan is null) return Results.Content(Layout.Page("Không tìm thấy", "search", "<h1>Không tìm thấy kế hoạch</h1><p><a href=\"/\">Về trang tìm kiếm</a></p>"), "text/html; charset=utf-8", statusCode: 404);
        var bytesPath = worker.UploadedBytes(plan.Source);
        if (bytesPath is null) return Page(PlanPage.Render(plan, null, sourceIsImage: false));
        var file = new SourceFile(plan.Source, File.ReadAllBytes(bytesPath));
        if (DocumentFormats.IsImage(FormatSniffer.Detect(file.Content.Span, plan.Source)))
            return Page(PlanPage.Render(plan, null, sourceIsImage: true));
        var read = reads.Read(bytesPath, file);
        return Page(PlanPage.Render(plan, read.IsSuccess ? read.Value : null, sourceIsImage: false));
    }

    private static IResult PlanImage(string? id, IngestWorker worker)
    {
        var plan = PlanLookup.Find(worker.Store, id);
        var path = plan is null ? null : worker.UploadedBytes(plan.Source);
        if (path is null) return Results.NotFound();
        var bytes = File.ReadAllBytes(path);
        // Only images are ever served back, with their sniffed type: an upload can never come back as HTML.
        return FormatSniffer.Detect(bytes, plan!.Source) switch
        {
            "png" => Results.File(bytes, "image/png"),
            "jpeg" => Results.File(bytes, "image/jpeg"),
            "tiff" => Results.File(bytes, "image/tiff"),
            _ => Results.NotFound(),
        };
    }

    private static IResult Export(string? id, string? format, IngestWorker worker)
    {
        var plan = PlanLookup.Find(worker.Store, id);
        if (plan is null) return Results.NotFound();
        var name = Path.GetFileNameWithoutExtension(plan.Source.Replace('/', '_'));
        return format switch
        {
            "csv" => Results.File(Csv(plan), "text/csv; charset=utf-8", name + ".csv"),
            _ => Results.File(Encoding.UTF8.GetBytes(RecordJson.Serialize(plan, indented: true)), "application/json; charset=utf-8", name + ".json"),
        };
    }

    /// <summary>The plan in the same CSV shape as `plans export --format csv`.</summary>
    private static byte[] Csv(PlanRecord plan)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, RecordCsv.Encoding, leaveOpen: true)) RecordCsv.Write(writer, [plan]);
        return buffer.ToArray();
    }

    private static IResult ReportView(HttpContext http, ReportService reports)
    {
        var built = reports.Build(http.Request.Query["filter"], AsOf(http));
        if (!built.IsSuccess) return ReportRefused(built.Error!);
        using var html = new MemoryStream();
        ReportService.Write(built.Value, "html", html);
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportPolicy;
        return Results.Bytes(html.ToArray(), "text/html; charset=utf-8");
    }

    private static IResult ReportDownload(HttpContext http, ReportService reports, ILogger<WorkspaceApp> logger)
    {
        string format = http.Request.Query["format"].ToString();
        var (type, extension) = format switch
        {
            "docx" => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            "pdf" => ("application/pdf", ".pdf"),
            "xlsx" => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            "html" => ("text/html; charset=utf-8", ".html"),
            _ => (null, null),
        };
        if (type is null) return ReportRefused("Định dạng tải về phải là docx, pdf, xlsx hoặc html.", StatusCodes.Status400BadRequest);
        var built = reports.Build(http.Request.Query["filter"], AsOf(http));
        if (!built.IsSuccess) return ReportRefused(built.Error!);
        using var output = new MemoryStream();
        try
        {
            ReportService.Write(built.Value, format, output, ReportLetterhead.For(AsOf(http), http.Request.Query["issuer"], http.Request.Query["place"]));
        }
        catch (ReportWriteException e)
        {
            logger.LogError("report download as {Format}: {Reason}", format, e.Message);
            return ReportRefused("Không tạo được báo cáo PDF trên máy chủ này (cần LibreOffice); hãy tải bản DOCX.", StatusCodes.Status503ServiceUnavailable);
        }
        // The downloaded HTML carries its own policy too (in a meta tag), for when it is opened from disk.
        if (format == "html") http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportPolicy;
        return Results.File(output.ToArray(), type, "bao-cao-cai-tien" + extension);
    }

    /// <summary>A report that cannot be made (an empty scope, a query error, a missing tool): a page saying why.</summary>
    private static IResult ReportRefused(string reason, int status = StatusCodes.Status422UnprocessableEntity)
    {
        var text = Wording.QueryErrorWording.Vietnamese(reason.StartsWith("--filter: ", StringComparison.Ordinal) ? reason["--filter: ".Length..] : reason);
        var body = $"<h1>Không lập được báo cáo</h1><p class=\"error\" role=\"alert\">{Html.E(text)}</p><p><a href=\"/reports\">Về trang báo cáo</a></p>";
        return Results.Content(Layout.Page("Báo cáo", "reports", body), "text/html; charset=utf-8", statusCode: status);
    }

    private static IResult Asset(string name)
    {
        var stream = typeof(WorkspaceEndpoints).Assembly.GetManifestResourceStream("web/" + name);
        if (stream is null) return Results.NotFound();
        var type = Path.GetExtension(name) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", _ => "application/octet-stream" };
        return Results.Stream(stream, type);
    }

    private static int IntQuery(HttpContext http, string key, int fallback) =>
        int.TryParse(http.Request.Query[key], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static DateOnly AsOf(HttpContext http) =>
        DateOnly.TryParseExact(http.Request.Query["as_of"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateOnly.FromDateTime(DateTime.Today);
}
