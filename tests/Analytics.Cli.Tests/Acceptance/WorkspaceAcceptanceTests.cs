using System.Net;
using Analytics.Cli.Tests.Web;
using Analytics.Ingest.Store;
using Analytics.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Analytics.Cli.Tests.Acceptance;

/// <summary>Every page and download of the workspace (`plans serve`), with and without a filter, over the
/// corpus, in Debian's Chromium at a laptop's 1366×768 and a phone's 390×844: each page answers 200 in
/// Vietnamese, nothing overflows the page sideways, and a screenshot of each is kept in the test output
/// folder (screenshots/acceptance). Runs where /usr/bin/chromium exists (CI installs it).</summary>
public sealed class WorkspaceAcceptanceTests(AcceptanceCorpus corpus, ITestOutputHelper output) : IClassFixture<AcceptanceCorpus>
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots", "acceptance");
    private static readonly (string Name, int Width, int Height)[] Viewports = [("laptop", 1366, 768), ("phone", 390, 844)];

    [Fact]
    public async Task Every_page_renders_at_laptop_and_phone_width_with_and_without_a_filter()
    {
        Directory.CreateDirectory(Screenshots);
        await using var workspace = await Workspace.StartAsync(prepare: corpus.CopyTo);
        var planId = Uri.EscapeDataString(new RecordStore(workspace.DataDirectory).Get("thpt-thanh-binh.txt")!.Records[0].Id);
        // A photographed page, uploaded through the workspace (which keeps the image to show beside the record).
        var photo = RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Ocr", "Samples", "plan-b-photo-p1.jpg");
        var job = await workspace.WaitForJobAsync(await workspace.UploadAsync([("anh-chup.jpg", File.ReadAllBytes(photo))], await workspace.TokenAsync()));
        Assert.Equal(1, job.GetProperty("succeeded").GetInt32());
        var scan = new RecordStore(workspace.DataDirectory).Get("anh-chup.jpg")!;
        var pages = new (string Name, string Path)[]
        {
            ("search", "/"),
            ("search-query", "/?q=thu+vien"),
            ("search-filter", "/?q=" + Uri.EscapeDataString("thư viện province:\"Hải Phòng\"")),
            ("search-by-plan", "/?q=sân&by=plan"),
            ("search-error", "/?q=" + Uri.EscapeDataString("thư viện AND")),
            ("upload", "/upload"),
            ("plan", "/plan?id=" + planId),
            ("plan-scan", "/plan?id=" + Uri.EscapeDataString(scan.Records[0].Id)),
            ("reports", "/reports"),
            ("reports-filter", "/reports?filter=" + Uri.EscapeDataString("level:tieu-hoc")),
            ("report-view", "/reports/view"),
            ("report-view-filter", "/reports/view?filter=" + Uri.EscapeDataString("province:\"Hải Phòng\"")),
            ("review", "/review"),
            ("review-plan", "/review?plan=" + planId),
            ("not-found", "/khong-co"),
        };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        foreach (var (viewport, width, height) in Viewports)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            context.SetDefaultTimeout(120_000);
            var page = await context.NewPageAsync();
            // What the content-security policy blocked (an inline style or script) shows as a console error.
            var cspViolations = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) cspViolations.Add(message.Text); };
            foreach (var (name, path) in pages)
            {
                var response = await page.GotoAsync(workspace.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                var expected = name == "not-found" ? 404 : 200;
                Assert.True(response!.Status == expected, $"{name} at {viewport}: HTTP {response.Status}");
                Assert.Equal("vi", await page.GetAttributeAsync("html", "lang") ?? "vi");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}-{viewport}.png"), FullPage = true });
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{name} at {viewport}: the page is {overflow} px wider than the window");
            }
            await CheckPlanPageAsync(page, workspace.BaseUrl, planId, scan.Records[0].Id, viewport, width);
            Assert.Empty(cspViolations);
            await context.CloseAsync();
        }
        output.WriteLine($"screenshots: {Screenshots}");
    }

    [Fact]
    public async Task Every_download_answers_with_and_without_a_filter()
    {
        await using var workspace = await Workspace.StartAsync(prepare: corpus.CopyTo);
        var planId = Uri.EscapeDataString(new RecordStore(workspace.DataDirectory).All().First().Records[0].Id);
        foreach (var filter in new[] { "", "&filter=" + Uri.EscapeDataString("province:\"Hải Phòng\""), "&filter=level%3Athcs" })
        {
            foreach (var (format, type, magic) in new[] { ("docx", "wordprocessingml", "PK"), ("pdf", "application/pdf", "%PDF"), ("xlsx", "spreadsheetml", "PK"), ("html", "text/html", "<!DOCTYPE") })
            {
                var response = await workspace.Client.GetAsync($"/reports/download?format={format}{filter}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{format}{filter}: {response.StatusCode}");
                Assert.Contains(type, response.Content.Headers.ContentType!.ToString());
                var bytes = await response.Content.ReadAsByteArrayAsync();
                Assert.StartsWith(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, 16), StringComparison.OrdinalIgnoreCase);
            }
        }
        foreach (var format in new[] { "json", "csv" })
        {
            var export = await workspace.Client.GetAsync($"/plan/export?format={format}&id={planId}");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        }
        var empty = await workspace.Client.GetAsync("/reports/download?format=docx&filter=" + Uri.EscapeDataString("province:\"Cà Mau\" level:mam-non gap:bep-an year:1999"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Không có kế hoạch nào khớp bộ lọc", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
    }

    /// <summary>At laptop width the items table shows its last column; a photographed page is no wider than its column.</summary>
    private static async Task CheckPlanPageAsync(IPage page, string baseUrl, string planId, string scanId, string viewport, int width)
    {
        await page.GotoAsync(baseUrl + "/plan?id=" + planId);
        var cut = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('.table-wrap')].map(w => w.scrollWidth - w.clientWidth))");
        if (width >= 1366) Assert.True(cut <= 0, $"plan at {viewport}: a table is cut by {cut} px");
        await page.GotoAsync(baseUrl + "/plan?id=" + Uri.EscapeDataString(scanId));
        var image = await page.EvaluateAsync<int>("() => { const i = document.querySelector('img.scan-image'); return i ? Math.round(i.getBoundingClientRect().width) : 0; }");
        Assert.InRange(image, 1, width);
    }
}
