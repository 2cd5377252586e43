using Analytics.Ingest.Store;
using Analytics.Testing;

namespace Analytics.Cli.Tests.Web;

/// <summary>Phone photos of one plan's pages dropped on the upload page are read as one plan, not one plan per
/// photo (which refused page 2 onward as "not a plan").</summary>
public sealed class WorkspacePhotoUploadTests
{
    [Fact]
    public async Task Photographed_pages_uploaded_together_become_one_plan()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var photos = Enumerable.Range(1, 3)
            .Select(page => ($"kh page {page}.jpg", File.ReadAllBytes(RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "twins", "photo", $"mn-liem-tuyen-p{page}.jpg"))))
            .Reverse()
            .ToList();

        var progress = await workspace.WaitForJobAsync(await workspace.UploadAsync(photos, token));

        var files = progress.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
        Assert.All(files.Values, f => Assert.Equal("done", f.GetProperty("state").GetString()));
        Assert.Equal(1, files["kh page 1.jpg"].GetProperty("plans").GetInt32());
        Assert.Contains("3 trang", files["kh page 1.jpg"].GetProperty("message").GetString());
        Assert.Equal("Trang 2 của kh page 1.jpg", files["kh page 2.jpg"].GetProperty("message").GetString());
        var stored = Assert.Single(new RecordStore(workspace.DataDirectory).All());
        Assert.Equal("kh page 1.jpg", stored.Source);
        Assert.Equal("Trường Mầm non Liêm Tuyền", Assert.Single(stored.Records).School.Name);
    }
}
