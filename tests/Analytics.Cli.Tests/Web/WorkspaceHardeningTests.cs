using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Analytics.Analysis.Reports;
using Analytics.Analysis.Reports.Html;
using Analytics.Cli.Web;
using Analytics.Ingest.Store;
using Analytics.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Cli.Tests.Web;

/// <summary>What issue 18 found on the workspace's web surface, each now refused or bounded.</summary>
public sealed class WorkspaceHardeningTests
{
    private static byte[] CorpusFile(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, name));

    [Fact]
    public async Task Request_with_a_foreign_Host_header_is_refused_as_after_DNS_rebinding()
    {
        await using var workspace = await Workspace.StartAsync();

        var foreign = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "attacker.example" } };
        var local = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "localhost" } };

        Assert.Equal(HttpStatusCode.BadRequest, (await workspace.Client.SendAsync(foreign)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.Client.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task Host_named_in_the_allowed_hosts_is_served()
    {
        await using var workspace = await Workspace.StartAsync(o => o with { AllowedHosts = [.. o.AllowedHosts, "plans.truong.vn"] });

        var named = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "plans.truong.vn" } };

        Assert.Equal(HttpStatusCode.OK, (await workspace.Client.SendAsync(named)).StatusCode);
    }

    [Fact]
    public async Task Upload_declaring_more_than_the_limit_is_refused_before_its_body_is_sent()
    {
        await using var workspace = await Workspace.StartAsync();
        var uri = new Uri(workspace.BaseUrl);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        var stream = client.GetStream();
        var head = $"POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: {520L * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // Not one byte of the body was sent: an answer now can only come from the declared length.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[512];
        var read = await stream.ReadAsync(buffer, timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(buffer, 0, read));
    }

    [Fact]
    public async Task Upload_with_the_name_of_a_stored_plan_replaces_it_only_when_asked_and_keeps_the_old_one_in_history()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        await workspace.WaitForJobAsync(await Upload(workspace, token, CorpusFile("thpt-thanh-binh.txt"), replace: false));

        var silent = await workspace.WaitForJobAsync(await Upload(workspace, token, CorpusFile("mn-hai-bac.txt"), replace: false));
        var store = new RecordStore(workspace.DataDirectory);
        Assert.Equal("failed", silent.GetProperty("files")[0].GetProperty("state").GetString());
        Assert.Contains("Thay thế", silent.GetProperty("files")[0].GetProperty("message").GetString());
        Assert.Contains("Thanh Bình", store.Get("kế hoạch.txt")!.Records[0].School?.Name ?? "");

        var replaced = await workspace.WaitForJobAsync(await Upload(workspace, token, CorpusFile("mn-hai-bac.txt"), replace: true));
        Assert.Equal("done", replaced.GetProperty("files")[0].GetProperty("state").GetString());
        Assert.DoesNotContain("Thanh Bình", store.Get("kế hoạch.txt")!.Records[0].School?.Name ?? "");
        var history = Directory.GetFiles(Path.Combine(workspace.DataDirectory, "history"), "*.json");
        Assert.Contains("Thanh Bình", File.ReadAllText(Assert.Single(history)));
    }

    [Fact]
    public async Task Upload_job_table_forgets_the_oldest_finished_jobs_beyond_its_bound()
    {
        await using var workspace = await Workspace.StartAsync(o => o with { MaxJobsKept = 3 });
        var token = await workspace.TokenAsync();
        var jobs = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            // An empty file is refused at the door: its job ends at once.
            var response = await workspace.UploadAsync([("rỗng.txt", [])], token);
            await workspace.WaitForJobAsync(response);
            jobs.Add(JobId(await response.Content.ReadAsStringAsync()));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await workspace.Client.GetAsync($"/api/uploads/{jobs[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.Client.GetAsync($"/api/uploads/{jobs[^1]}")).StatusCode);
    }

    [Fact]
    public async Task Query_of_hundreds_of_words_is_refused_at_once_instead_of_costing_seconds()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        await workspace.WaitForJobAsync(await workspace.UploadAsync([("plan.txt", CorpusFile("thpt-thanh-binh.txt"))], token));
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? "thư viện" : "sân"));

        var clock = Stopwatch.StartNew();
        var page = await workspace.Client.GetStringAsync("/?q=" + Uri.EscapeDataString(words[..2000]));

        Assert.Contains("at most 64", page);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Viewing_an_uploaded_plan_page_twice_reads_its_source_once()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var docx = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "plan-tables.docx"));
        await workspace.WaitForJobAsync(await workspace.UploadAsync([("bảng.docx", docx)], token));
        var plan = new RecordStore(workspace.DataDirectory).Get("bảng.docx")!.Records[0];

        for (var view = 0; view < 3; view++)
            Assert.Equal(HttpStatusCode.OK, (await workspace.Client.GetAsync("/plan?id=" + Uri.EscapeDataString(plan.Id))).StatusCode);

        Assert.Equal(1, workspace.Services.GetRequiredService<SourceReadCache>().ReadsDone);
    }

    [Fact]
    public void Html_report_shows_a_source_named_javascript_as_text_and_carries_its_own_policy()
    {
        var sources = new[] { "javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", "data:text/html,x", "hồ sơ/kế hoạch.docx", "https://so.gd.vn/kh.pdf" };
        var table = new ReportTable("Nguồn", "Nguồn", [new ReportColumn("Nguồn", CellKind.Text)],
            sources.Select(s => (IReadOnlyList<ReportCell>)[new ReportCell(s, null, s)]).ToList());
        var report = new ReportDocument("Báo cáo", "", [], [new ReportSection("1", [], [table], [])]);

        var html = new HtmlReportWriter().Render(report);

        var links = System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, link => Assert.True(link.StartsWith("https://", StringComparison.Ordinal) || !link.Contains(':'), link));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html);
    }

    private static async Task<HttpResponseMessage> Upload(Workspace workspace, string token, byte[] content, bool replace)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "files", "kế hoạch.txt" },
            { new StringContent(replace ? "true" : "false"), "replace" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await workspace.Client.SendAsync(request);
    }

    private static string JobId(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("job").GetString()!;
}
