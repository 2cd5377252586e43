using System.Net;
using Analytics.Testing;
using Analytics.Testing.Hostile;

namespace Analytics.Cli.Tests.Web;

/// <summary>Issue 18: a DOCX nested 100,000 deep, uploaded between two valid plans, once stopped
/// `plans serve`. Now it fails alone, the plans on either side of it are stored and indexed, and the
/// workspace answers searches throughout.</summary>
public sealed class WorkspaceHostileUploadTests
{
    [Fact]
    public async Task Nested_docx_uploaded_between_two_plans_fails_alone_and_searches_keep_answering()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var namXe = File.ReadAllBytes(RepoPaths.Combine("corpus", "lc-th-thcs-nam-xe.docx"));
        var taMung = File.ReadAllBytes(RepoPaths.Combine("corpus", "lc-th-thcs-ta-mung.docx"));

        var upload = await workspace.UploadAsync(
            [("nậm xé.docx", namXe), ("lồng.docx", HostileFiles.NestedDocx(namXe, 100_000)), ("tả mung.docx", taMung)], token);
        var statuses = new List<HttpStatusCode>();
        var waiting = workspace.WaitForJobAsync(upload);
        while (!waiting.IsCompleted) statuses.Add((await workspace.Client.GetAsync("/?q=thu+vien")).StatusCode);
        var progress = await waiting;

        var files = progress.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
        Assert.Equal("done", files["nậm xé.docx"].GetProperty("state").GetString());
        Assert.Equal("done", files["tả mung.docx"].GetProperty("state").GetString());
        Assert.Equal("failed", files["lồng.docx"].GetProperty("state").GetString());
        Assert.Equal("part word/document.xml nests elements more than 256 deep; not a plausible document", files["lồng.docx"].GetProperty("message").GetString());
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        var page = await workspace.Client.GetStringAsync("/?q=*");
        Assert.Contains("Nậm Xé", page);
        Assert.Contains("Tà Mung", page);
    }
}
