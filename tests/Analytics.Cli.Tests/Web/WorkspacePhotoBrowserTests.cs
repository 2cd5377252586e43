using Analytics.Ingest.Store;
using Analytics.Testing;
using Microsoft.Playwright;

namespace Analytics.Cli.Tests.Web;

/// <summary>A user's path for phone photos in Debian's Chromium: the three pages of one plan, named as a phone
/// names them, chosen together in the upload page's file picker, become one plan with its items, and the plan page
/// shows it. Needs /usr/bin/chromium, as <see cref="WorkspaceBrowserTests"/>.</summary>
public sealed class WorkspacePhotoBrowserTests : IDisposable
{
    private readonly string _photos = Directory.CreateTempSubdirectory("photos-").FullName;

    [Fact]
    public async Task Phone_photos_of_one_plan_chosen_in_the_upload_page_become_one_plan()
    {
        var names = new[] { "IMG_20261201_0912.jpg", "IMG_20261201_0913.jpg", "IMG_20261201_0915.jpg" };
        for (var page = 1; page <= names.Length; page++)
            File.Copy(RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "twins", "photo", $"mn-liem-tuyen-p{page}.jpg"), Path.Combine(_photos, names[page - 1]));
        await using var workspace = await Workspace.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        context.SetDefaultTimeout(300_000);
        var tab = await context.NewPageAsync();

        await tab.GotoAsync(workspace.BaseUrl + "/upload");
        await tab.Locator("#files").SetInputFilesAsync(names.Reverse().Select(n => Path.Combine(_photos, n)));
        await tab.Locator("#upload-status").Filter(new LocatorFilterOptions { HasTextString = "Xong" }).WaitForAsync();

        Assert.Equal(0, await tab.Locator("#file-list .failed").CountAsync());
        var stored = Assert.Single(new RecordStore(workspace.DataDirectory).All());
        Assert.Equal("IMG_20261201_0912.jpg", stored.Source);
        var plan = Assert.Single(stored.Records);
        Assert.Equal("Trường Mầm non Liêm Tuyền", plan.School.Name);
        Assert.True(plan.Items.Count >= 6, $"{plan.Items.Count} items");

        await tab.GotoAsync(workspace.BaseUrl + "/?q=*", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await tab.Locator(".hit h3 a").First.ClickAsync();
        await tab.WaitForURLAsync("**/plan?id=**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(await tab.Locator("h2", new PageLocatorOptions { HasTextString = "Nội dung cải tiến" }).IsVisibleAsync());
        Assert.Contains("Liêm Tuyền", await tab.Locator("body").InnerTextAsync());
    }

    public void Dispose() => Directory.Delete(_photos, recursive: true);
}
