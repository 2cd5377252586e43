using Analytics.Testing;

namespace Analytics.Cli.Tests.Web;

/// <summary>The upload accepts what the ingest pipeline reads (here an Excel plan) and still refuses what it
/// does not (a legacy .xls), by content.</summary>
public sealed class WorkspaceUploadFormatsTests
{
    [Fact]
    public async Task Excel_plan_is_accepted_and_ingested_while_a_legacy_xls_is_refused()
    {
        await using var workspace = await Workspace.StartAsync();
        var token = await workspace.TokenAsync();
        var workbook = File.ReadAllBytes(RepoPaths.Combine("tests", "Analytics.Ingest.Tests", "Fixtures", "formats", "th-cam-dong.xlsx"));
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1016], .. System.Text.Encoding.Unicode.GetBytes("Workbook"), .. new byte[1008]];

        var upload = await workspace.UploadAsync([("kế hoạch.xlsx", workbook), ("cũ.xls", xls)], token);
        var progress = await workspace.WaitForJobAsync(upload);

        var files = progress.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
        Assert.Equal("done", files["kế hoạch.xlsx"].GetProperty("state").GetString());
        Assert.Equal("failed", files["cũ.xls"].GetProperty("state").GetString());
        Assert.Contains("Định dạng không được hỗ trợ (xls)", files["cũ.xls"].GetProperty("message").GetString());
    }
}
