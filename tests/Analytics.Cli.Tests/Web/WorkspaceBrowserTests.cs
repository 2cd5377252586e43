using Analytics.Ingest.Store;
using Analytics.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Analytics.Cli.Tests.Web;

/// <summary>The analyst's path through the workspace in Debian's Chromium, driven by Playwright:
/// upload the corpus, search without accents, open a plan, download a report. Needs
/// /usr/bin/chromium (CI installs it; without it the test fails); screenshots land in the test output folder.</summary>
public sealed class WorkspaceBrowserTests(ITestOutputHelper output)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Analyst_uploads_the_corpus_searches_opens_a_plan_and_downloads_a_valid_docx_report()
    {
        Directory.CreateDirectory(Screenshots);
        await using var workspace = await Workspace.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The first report of a process trains the gap classifier: allow for it on a loaded 2-core machine.
        context.SetDefaultTimeout(180_000);
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };

        // Upload every corpus document through the file picker (the keyboard path beside drag-and-drop).
        await page.GotoAsync(workspace.BaseUrl + "/upload");
        var corpus = Directory.GetFiles(RepoPaths.Corpus).Where(f => Path.GetExtension(f) is ".txt" or ".docx" or ".pdf").ToArray();
        await page.Locator("#files").SetInputFilesAsync(corpus);
        await page.Locator("#upload-status").Filter(new LocatorFilterOptions { HasTextString = "Xong" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "upload.png"), FullPage = true });
        var failedRows = await page.Locator("#file-list .failed").CountAsync();
        output.WriteLine($"uploaded {corpus.Length} files, {failedRows} refused");

        // Facet counts on "everything" equal the counts computed from the stored records.
        await page.GotoAsync(workspace.BaseUrl + "/?q=*");
        var records = new RecordStore(workspace.DataDirectory).AllRecords().ToList();
        foreach (var level in records.Select(r => r.School.Level).OfType<string>().Distinct())
        {
            var expected = records.Where(r => r.School.Level == level).Sum(r => r.Items.Count);
            var shown = await page.Locator($".count[data-facet=level][data-value='{level}']").InnerTextAsync();
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), shown);
        }

        // Unaccented query, accented highlights.
        await page.FillAsync("#q", "thu vien");
        await page.PressAsync("#q", "Enter");
        // The server renders the page whole, so the parsed document holds the hits: waiting for the load
        // event as well (stylesheet and script) only adds a wait that once timed out under heavy load.
        await page.WaitForURLAsync("**/?q=thu+vien**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        var marks = await page.Locator(".hit mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.Equals("thư viện", StringComparison.OrdinalIgnoreCase));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "search.png"), FullPage = true });

        // Open the first plan: record beside its source.
        await page.Locator(".hit h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/plan?id=**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(await page.Locator("h2", new PageLocatorOptions { HasTextString = "Nội dung cải tiến" }).IsVisibleAsync());
        Assert.True(await page.Locator(".source").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "plan.png"), FullPage = true });

        // Reports: the analyst names the issuing office and place; the DOCX download carries them in its
        // letterhead (the province's people's committee above the office) and validates.
        await page.GotoAsync(workspace.BaseUrl + "/reports", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator("#issuer").FillAsync("SỞ GIÁO DỤC VÀ ĐÀO TẠO TUYÊN QUANG");
        await page.Locator("#place").FillAsync("Tuyên Quang");
        await page.Locator("form.search button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/reports?**issuer=**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href^='/reports/download?format=docx']").ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = 180_000 });
        var docx = Path.Combine(Screenshots, "report.docx");
        await download.SaveAsAsync(docx);
        using (var document = WordprocessingDocument.Open(docx, false))
        {
            var errors = new OpenXmlValidator().Validate(document).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5).Select(e => e.Description)));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("UBND TỈNH TUYÊN QUANG", text);
            Assert.Contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO TUYÊN QUANG", text);
            Assert.Contains("Tuyên Quang, ngày", text);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "reports.png"), FullPage = true });

        Assert.Empty(consoleErrors);
        output.WriteLine($"screenshots: {Screenshots}");
    }
}
