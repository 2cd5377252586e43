using System.Net;
using System.Text;
using Analytics.Testing;

namespace Analytics.Cli.Tests.Web;

public sealed class WorkspaceSecurityTests
{
    private static byte[] CorpusFile(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, name));

    [Fact]
    public async Task Upload_without_the_anti_forgery_token_is_refused()
    {
        await using var workspace = await Workspace.StartAsync();
        await workspace.TokenAsync();

        var response = await workspace.UploadAsync([("a.txt", CorpusFile("thpt-thanh-binh.txt"))], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(workspace.DataDirectory, "records")));
    }

    [Fact]
    public async Task Upload_that_is_not_multipart_is_refused_as_unsupported_media_type()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = new StringContent("{\"files\":[]}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-TOKEN", token);

        var response = await workspace.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Request_larger_than_the_limit_is_refused_with_413()
    {
        await using var workspace = await Workspace.StartAsync(o => o with { MaxRequestBytes = 64 * 1024 });
        var token = await workspace.TokenAsync();

        // The refusal closes the connection without reading the body; a client that waits for "100 Continue"
        // gets the 413 instead of racing the close with its body (a broken pipe, seen once in CI).
        var response = await workspace.UploadAsync([("big.txt", new byte[200 * 1024])], token, expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task File_over_the_per_file_limit_and_a_binary_posing_as_pdf_fail_with_reasons_while_the_plan_ingests()
    {
        await using var workspace = await Workspace.StartAsync(o => o with { MaxFileBytes = 100 * 1024 });
        var token = await workspace.TokenAsync();
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        var upload = await workspace.UploadAsync(
        [
            ("plan.txt", CorpusFile("thpt-thanh-binh.txt")),
            ("huge.txt", Encoding.UTF8.GetBytes(new string('a', 150 * 1024))),
            ("fake.pdf", random),
        ], token);
        var progress = await workspace.WaitForJobAsync(upload);

        var files = progress.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
        Assert.Equal("done", files["plan.txt"].GetProperty("state").GetString());
        Assert.Equal("failed", files["huge.txt"].GetProperty("state").GetString());
        Assert.Contains("giới hạn", files["huge.txt"].GetProperty("message").GetString());
        Assert.Equal("failed", files["fake.pdf"].GetProperty("state").GetString());
        Assert.Contains("Định dạng không được hỗ trợ", files["fake.pdf"].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("../../../../tmp/evil-plan.txt", "tmp/evil-plan.txt")]
    [InlineData("..\\..\\windows\\evil-plan.txt", "windows/evil-plan.txt")]
    [InlineData("/etc/evil-plan.txt", "etc/evil-plan.txt")]
    public async Task Traversal_file_names_become_plain_source_names_and_nothing_is_written_outside_the_data_folder(string clientName, string expectedSource)
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var before = Directory.GetFiles(Path.GetTempPath()).ToHashSet();

        var progress = await workspace.WaitForJobAsync(await workspace.UploadAsync([(clientName, CorpusFile("thpt-thanh-binh.txt"))], token));

        var file = Assert.Single(progress.GetProperty("files").EnumerateArray());
        Assert.Equal(expectedSource, file.GetProperty("name").GetString());
        Assert.Equal("done", file.GetProperty("state").GetString());
        Assert.DoesNotContain(Directory.GetFiles(Path.GetTempPath()), f => !before.Contains(f) && f.Contains("evil", StringComparison.Ordinal));
        var uploads = Directory.GetFiles(Path.Combine(workspace.DataDirectory, "uploads"));
        Assert.All(uploads, path => Assert.Matches("^[0-9a-f]{32}\\.upload$", Path.GetFileName(path)));
    }

    [Fact]
    public async Task Script_in_a_plan_is_shown_as_text_never_as_markup()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var text = Encoding.UTF8.GetString(CorpusFile("thpt-thanh-binh.txt"))
            .Replace("1. Khái quát", "1. Khái quát <script>alert('xss')</script> <img src=x onerror=alert(2)>");
        await workspace.WaitForJobAsync(await workspace.UploadAsync([("xss.txt", Encoding.UTF8.GetBytes(text))], token));

        var search = await workspace.Client.GetStringAsync("/?q=*");
        var planId = System.Text.RegularExpressions.Regex.Match(search, "/plan\\?id=([^\"]+)\"").Groups[1].Value;
        var plan = await workspace.Client.GetAsync("/plan?id=" + planId.Replace("&amp;", "&"));
        var html = await plan.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("script-src 'self'", plan.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Workspace_listens_on_loopback_by_default()
    {
        await using var workspace = await Workspace.StartAsync();
        Assert.Equal(IPAddress.Loopback, IPAddress.Parse(new Uri(workspace.BaseUrl).Host));
    }
}
