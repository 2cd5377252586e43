using Analytics.Ingest.Pipeline;
using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Analytics.Server.Jobs;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Analytics.Cli.Web.Html;

namespace Analytics.Cli.ServerWeb;

/// <summary>Upload in server mode: files go to the shared file store and the job queue, for `plans worker`
/// processes to read; the batch's progress is on /tien-do. Admins, analysts and uploaders may upload.</summary>
internal static class UploadEndpoints
{
    private const int MaxFiles = 500;

    public static void Map(WebApplication app)
    {
        app.MapGet("/tai-len", (HttpContext context, IAntiforgery antiforgery) =>
            ServerEndpoints.WithAccount(context, account => ServerPage.Html("Tải lên",
                Roles.MayUpload(account.Role)
                    ? $"""<form method="post" action="/tai-len" enctype="multipart/form-data">{ServerPage.Field(context, antiforgery)}<input type="file" name="tep" multiple><button>Tải lên</button></form>"""
                    : "<p>Tài khoản này chỉ được xem, không được tải lên.</p>",
                account.Name, context: context, antiforgery: antiforgery)));
        app.MapPost("/tai-len", Upload).DisableAntiforgery();
        app.MapGet("/tien-do", (HttpContext context, IAntiforgery antiforgery, JobQueue queue, string? batch) =>
            ServerEndpoints.WithAccount(context, account =>
            {
                var progress = queue.Progress(string.IsNullOrEmpty(batch) ? null : batch);
                return ServerPage.Html("Tiến độ",
                    $"<p>{E(batch ?? "Tất cả các đợt")}: {progress.Done} xong, {progress.Running} đang đọc, {progress.Queued} đang chờ, {progress.Failed} bị từ chối (tổng {progress.Total}).</p>",
                    account.Name, context: context, antiforgery: antiforgery);
            }));
    }

    private static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, JobSubmitter submitter, AuditLog audit)
    {
        if (!await ServerPage.Genuine(context, antiforgery)) return Results.BadRequest();
        if (AccountClaims.Of(context.User) is not { } account) return Results.Forbid();
        if (!Roles.MayUpload(account.Role)) return Results.Forbid();
        var form = await context.Request.ReadFormAsync();
        if (form.Files.Count is 0 or > MaxFiles) return Results.BadRequest(new { error = $"Hãy chọn từ 1 đến {MaxFiles} tệp." });
        var batch = JobSubmitter.NewBatch();
        var folder = Directory.CreateTempSubdirectory("plans-upload-");
        try
        {
            var inputs = new List<InputFile>();
            foreach (var file in form.Files)
            {
                // The name is a label, never a path: only its last segment is kept.
                var label = Path.GetFileName(file.FileName.Replace('\\', '/'));
                if (string.IsNullOrWhiteSpace(label)) continue;
                var path = Path.Combine(folder.FullName, inputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await using (var target = File.Create(path)) await file.CopyToAsync(target);
                inputs.Add(new InputFile(path, label));
            }
            var queued = InputPageSets.Group(inputs).Count(i => submitter.Submit(batch, i, account.Name, account.Communes.FirstOrDefault()) == JobSubmitter.Outcome.Queued);
            audit.Write(account.Name, "upload", $"batch {batch}: {inputs.Count} files, {queued} queued: {string.Join(", ", inputs.Select(i => i.Source))}");
            return Results.Redirect($"/tien-do?batch={Uri.EscapeDataString(batch)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
