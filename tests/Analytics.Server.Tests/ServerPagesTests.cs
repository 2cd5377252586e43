using System.Net;
using Analytics.Server.Accounts;
using Analytics.Server.Store;
using Analytics.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Analytics.Server.Tests;

/// <summary>The shared workspace's pages as people use them, over a real PostgreSQL holding the corpus: a commune
/// office whose plans were written after the 2025 reform (a commune, no district) sees only them; in Debian's
/// Chromium (driven by Playwright; a missing browser fails the test) the admin adds an account, unlocks it and
/// changes its role, the commune office searches, opens and corrects its plan and follows an upload to the end,
/// and an analyst deletes a plan; every change is in the audit log.</summary>
public sealed class ServerPagesTests(ITestOutputHelper output)
{
    private const string Password = "mật-khẩu-đủ-dài-1";
    private const string Commune = "Mậu Duệ";
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots-server");

    [Fact]
    public async Task Commune_office_after_the_reform_works_on_its_own_plans_and_the_admin_manages_accounts()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        foreach (var source in CorpusSources.All) new PgPlanStore(database.Source).Put(source);
        var own = PlanEditsTests.PostReformSource();
        var province = own.Records[0].School.ProvinceCurrent!;
        var neighbour = CorpusSources.All.First(s => s.Source != own.Source && s.Records.Any(r => r.School.ProvinceCurrent == province && r.School.District is null));
        TestAccounts.Create(database, new Account("quan-tri", Roles.Admin, null, []), Password);
        TestAccounts.Create(database, new Account("phan-tich", Roles.Analyst, province, []), Password);
        TestAccounts.Create(database, new Account("xa-mau-due", Roles.Uploader, province, ["Mau Due"]), Password);

        var port = 20000 + Random.Shared.Next(20000);
        var files = Path.Combine(folder.Path, "files");
        using var server = PlansProcess.Start("serve", "--server", database.ConnectionString, "--data", Path.Combine(folder.Path, "node"),
            "--files", files, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var address = $"http://127.0.0.1:{port}";
        await ServerWaits.UntilServing(server, address);

        using var office = new WorkspaceClient(address);
        Assert.Equal(HttpStatusCode.Found, await office.SignIn("xa-mau-due", Password));
        await OnlyOwnPlanIsVisible(office, own.Source, neighbour.Source);

        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        await AdminManagesAccounts(browser, address, database);
        await OfficeCorrectsAndUploads(browser, address, database.ConnectionString, files);
        await AnalystDeletes(browser, address, own.Source, database);
        foreach (var action in new[] { "user-add", "user-unlock", "user-role", "correct", "upload", "delete" })
            Assert.True(database.Scalar($"SELECT count(*) FROM audit_log WHERE action = '{action}'") >= 1, $"no {action} in the audit log");
        output.WriteLine($"screenshots: {Screenshots}");
    }

    /// <summary>Searches, a facet, the plan page and the admin page, by URL: only the office's own plan.</summary>
    private static async Task OnlyOwnPlanIsVisible(WorkspaceClient office, string own, string neighbour)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); (await office.Search("*", plans: true)).GetProperty("total").GetInt32() == 0; await Task.Delay(200))
            Assert.True(DateTime.UtcNow < deadline, "the node's index did not catch up");
        foreach (var query in new[] { "*", "thư viện", "Xín Cái", "* OR province:\"Tuyên Quang\"" })
        {
            var answer = await office.Search(query, plans: true);
            Assert.All(answer.GetProperty("hits").EnumerateArray(), hit => Assert.Equal(own, hit.GetProperty("source").GetString()));
        }
        using (var denied = await office.Get("/ke-hoach?source=" + Uri.EscapeDataString(neighbour)))
            Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        using (var allowed = await office.Get("/ke-hoach?source=" + Uri.EscapeDataString(own)))
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        using (var admin = await office.Get("/quan-tri"))
            Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    private static async Task<IPage> SignedIn(IBrowser browser, string address, string name)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(address + "/");
        Assert.EndsWith("/dang-nhap", new Uri(page.Url).AbsolutePath);
        await page.FillAsync("input[name=ten]", name);
        await page.FillAsync("input[name=mat-khau]", Password);
        // The sign-in's own answer is checked first, so a refusal names itself (status and the page's alert)
        // instead of surfacing as a two-minute wait for a page that will never come.
        var answer = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("form[action='/dang-nhap'] button"),
            response => response.Request.Method == "POST" && response.Url.EndsWith("/dang-nhap", StringComparison.Ordinal));
        if (answer.Status != 302) Assert.Fail($"signing in as {name} answered {answer.Status}: {await answer.TextAsync()}");
        await page.WaitForURLAsync(address + "/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    private static async Task AdminManagesAccounts(IBrowser browser, string address, TestDatabase database)
    {
        var page = await SignedIn(browser, address, "quan-tri");
        await page.ClickAsync("nav a[href='/quan-tri']");
        var add = page.Locator("form.them");
        await add.Locator("input[name=ten]").FillAsync("xa-xin-cai");
        await add.Locator("input[name=mat-khau]").FillAsync(Password);
        await add.Locator("select[name=vai-tro]").SelectOptionAsync(Roles.Uploader);
        await add.Locator("input[name=tinh]").FillAsync("Tuyên Quang");
        await add.Locator("input[name=xa]").FillAsync("Xín Cái");
        await add.Locator("button").ClickAsync();
        await page.Locator("tr[data-ten='xa-xin-cai']").WaitForAsync();

        // Five wrong passwords lock the new account; the admin unlocks it and the right password works again.
        using (var guesser = new WorkspaceClient(address))
        {
            for (var i = 0; i < AccountPolicy.MaxFailures; i++) await guesser.SignIn("xa-xin-cai", "sai-mat-khau-" + i);
            Assert.Equal((HttpStatusCode)429, await guesser.SignIn("xa-xin-cai", Password));
            await page.ReloadAsync();
            var unlock = page.Locator("tr[data-ten='xa-xin-cai'] form[action='/quan-tri/mo-khoa']");
            await unlock.Locator("button").ClickAsync();
            await unlock.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
            Assert.Equal(HttpStatusCode.Found, await guesser.SignIn("xa-xin-cai", Password));
        }
        var row = page.Locator("tr[data-ten='xa-xin-cai']");
        await row.Locator("select[name=vai-tro]").SelectOptionAsync(Roles.Viewer);
        await row.Locator("form[action='/quan-tri/vai-tro'] button").ClickAsync();
        for (var deadline = DateTime.UtcNow.AddMinutes(1); database.Scalar("SELECT count(*) FROM users WHERE name = 'xa-xin-cai' AND role = 'viewer' AND communes = '{Xín Cái}'") == 0; await Task.Delay(200))
            Assert.True(DateTime.UtcNow < deadline, "the role was not changed");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "admin.png"), FullPage = true });
    }

    private static async Task OfficeCorrectsAndUploads(IBrowser browser, string address, string connection, string files)
    {
        var page = await SignedIn(browser, address, "xa-mau-due");
        await page.FillAsync("input[name=q]", "*");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForURLAsync("**/?q=**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "search.png"), FullPage = true });
        await page.Locator("ol li a").First.ClickAsync();
        await page.WaitForURLAsync("**/ke-hoach?source=**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains(Commune, await page.Locator("h2").First.InnerTextAsync());

        await page.Locator("form.sua select[name=truong]").First.SelectOptionAsync("items[1].budget");
        await page.Locator("form.sua input[name=gia-tri]").First.FillAsync("150 triệu đồng");
        await page.Locator("form.sua button").First.ClickAsync();
        await page.Locator("ul.da-sua li").First.WaitForAsync();
        Assert.Contains("xa-mau-due", await page.Locator("ul.da-sua").First.InnerTextAsync());
        Assert.Equal(0, await page.Locator("form.xoa").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "plan.png"), FullPage = true });

        // An upload is queued, a worker reads it, and the batch's page says so.
        await page.ClickAsync("nav a[href='/tai-len']");
        await page.Locator("input[name=tep]").SetInputFilesAsync(Path.Combine(RepoPaths.Corpus, "mn-tan-loi.pdf"));
        await page.ClickAsync("form[action='/tai-len'] button");
        await page.WaitForURLAsync("**/tien-do?batch=**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("1 đang chờ", await page.Locator("main").InnerTextAsync());
        var (exit, log) = await PlansProcess.Run(TimeSpan.FromMinutes(3), "worker", "--server", connection, "--files", files, "--until-empty", "--threads", "1");
        Assert.True(exit == 0, log);
        await page.ReloadAsync();
        Assert.Contains("1 xong", await page.Locator("main").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "progress.png"), FullPage = true });
    }

    private static async Task AnalystDeletes(IBrowser browser, string address, string own, TestDatabase database)
    {
        var page = await SignedIn(browser, address, "phan-tich");
        await page.GotoAsync(address + "/ke-hoach?source=" + Uri.EscapeDataString(own));
        await page.Locator("form.xoa button").ClickAsync();
        await page.WaitForURLAsync(address + "/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(1, database.Scalar($"SELECT count(*) FROM sources WHERE source = '{own}' AND deleted"));
    }
}
