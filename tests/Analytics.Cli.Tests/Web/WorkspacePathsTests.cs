using System.Net;
using Analytics.Cli.Web;
using Analytics.Testing;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Tests.Web;

/// <summary>The workspace paths issue #15 found broken: filtered reports, English messages, silent failures.</summary>
public sealed class WorkspacePathsTests
{
    private static async Task<(Workspace Workspace, LogCapture Log)> StartWithPlansAsync(params string[] files)
    {
        var log = new LogCapture();
        var workspace = await Workspace.StartAsync(o => o with { ConfigureLogging = logging => logging.AddProvider(log) });
        var token = await workspace.TokenAsync();
        var upload = files.Select(f => (f, File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, f))));
        await workspace.WaitForJobAsync(await workspace.UploadAsync(upload, token));
        return (workspace, log);
    }

    [Fact]
    public async Task Filtered_report_view_and_downloads_answer_instead_of_500()
    {
        var (workspace, _) = await StartWithPlansAsync("th-binh-trung.txt", "thpt-thanh-binh.txt");
        await using var _ = workspace;

        var view = await workspace.Client.GetAsync("/reports/view?filter=level%3Atieu-hoc");
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        var html = WebUtility.HtmlDecode(await view.Content.ReadAsStringAsync());
        Assert.Contains("Bình Trung", html);
        Assert.DoesNotContain("Thanh Bình", html);
        foreach (var format in new[] { "docx", "xlsx", "html" })
        {
            var download = await workspace.Client.GetAsync($"/reports/download?format={format}&filter=level%3Atieu-hoc");
            Assert.True(download.StatusCode == HttpStatusCode.OK, $"{format}: {download.StatusCode}");
            Assert.True((await download.Content.ReadAsByteArrayAsync()).Length > 1000, format);
        }
    }

    [Fact]
    public async Task A_report_that_cannot_be_made_says_why_in_vietnamese_and_the_log_keeps_every_request()
    {
        var (workspace, log) = await StartWithPlansAsync("th-binh-trung.txt");
        await using var _ = workspace;

        var response = await workspace.Client.GetAsync("/reports/view?filter=level%3A");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không lập được báo cáo", page);
        Assert.Contains("trường 'level' cần một giá trị", page);
        Assert.True(await log.WaitForAsync("GET /reports/view?filter=level%3A → 422"), string.Join('\n', log.Lines));
        Assert.True(await log.WaitForAsync("ingest th-binh-trung.txt: done"), string.Join('\n', log.Lines));
    }

    [Fact]
    public async Task Query_errors_upload_refusals_and_plan_warnings_are_in_vietnamese()
    {
        var (workspace, _) = await StartWithPlansAsync("thpt-thanh-binh.txt");
        await using var _ = workspace;

        var search = await workspace.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("thư viện AND"));
        Assert.Contains("AND cần một điều kiện đứng sau", search);

        var token = await workspace.TokenAsync();
        var notAPlan = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "bien-ban-hop-hoi-dong-tu-danh-gia.txt"));
        var job = await workspace.WaitForJobAsync(await workspace.UploadAsync([("bien-ban.txt", notAPlan)], token));
        var message = job.GetProperty("files")[0].GetProperty("message").GetString();
        Assert.StartsWith("không phải kế hoạch cải tiến", message);

        var plan = await workspace.Client.GetStringAsync("/plan?id=" + Uri.EscapeDataString(PlanId(workspace, "thpt-thanh-binh.txt")));
        Assert.Contains("Tỉnh/thành trước đây</th><td>Hải Dương", plan);
        Assert.Contains("<td>Hải Phòng</td>", plan);
        Assert.DoesNotContain("approximate amount", plan);
        Assert.DoesNotContain("style=", plan);
    }

    [Fact]
    public async Task An_unknown_address_gets_a_vietnamese_page_not_an_empty_body()
    {
        await using var workspace = await Workspace.StartAsync();

        var response = await workspace.Client.GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_error_status_is_explained_in_vietnamese()
    {
        foreach (var status in new[] { 400, 404, 405, 413, 415, 500, 503 })
        {
            var (title, text) = ErrorPages.Explain(status);
            Assert.False(string.IsNullOrWhiteSpace(title));
            Assert.DoesNotContain("error", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string PlanId(Workspace workspace, string source) =>
        new Analytics.Ingest.Store.RecordStore(workspace.DataDirectory).Get(source)!.Records[0].Id;
}
