using Analytics.Cli.Tests.Web;

namespace Analytics.Cli.Tests.Concurrency;

/// <summary>`plans ingest` into the data folder of a running workspace: the CLI takes the writer lock
/// between the workspace's uploads, and the workspace's search picks up its commits by itself.</summary>
public sealed class WorkspaceBesideCliTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("plans-beside-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Plans_ingested_by_the_CLI_beside_a_running_workspace_appear_in_its_search()
    {
        await using var workspace = await Workspace.StartAsync();
        var input = PlanFolders.Make(Path.Combine(_folder.Root, "in"), copies: 1);
        var before = await workspace.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("thư viện"));

        using (var ingest = PlansProcess.Start("ingest", input, "--data", workspace.DataDirectory))
            Assert.Equal(0, ingest.WaitForExit(TimeSpan.FromMinutes(3)));

        var page = "";
        for (var attempt = 0; attempt < 20 && Hits(page) == 0; attempt++)
        {
            await Task.Delay(500);
            page = await workspace.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("thư viện"));
        }
        Assert.Equal(0, Hits(before));
        Assert.True(Hits(page) > 0, page);
        Assert.DoesNotContain("chưa theo kịp", page);
    }

    private static int Hits(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, @"(\d+) nội dung khớp");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
