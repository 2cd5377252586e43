using Analytics.Testing;
using System.Net;
using System.Text.Json;
using Analytics.Server.Accounts;
using Analytics.Server.Store;

namespace Analytics.Server.Tests;

/// <summary>`plans serve --server` as a process over a real PostgreSQL holding the corpus: anonymous requests
/// reach only the login page; an uploader of one commune sees, searches, counts, reports and downloads only its
/// own plans whatever the URL or query; a brute-force login is locked out; downloads are audited.</summary>
public sealed class WorkspaceAccessTests
{
    private const string Own = "Văn Bàn";
    private const string Other = "Trấn Yên";
    private const string Password = "mật-khẩu-đủ-dài-1";

    [Fact]
    public async Task Accounts_see_only_their_units_and_guessing_is_locked_out()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        var store = new PgPlanStore(database.Source);
        foreach (var source in CorpusSources.All) store.Put(source);
        var own = CorpusSources.All.Where(s => s.Records.Any(r => r.School.District == Own)).Select(s => s.Source).ToHashSet();
        var other = CorpusSources.All.First(s => s.Records.Any(r => r.School.District == Other)).Source;
        Assert.NotEmpty(own);

        var (exit, output) = await PlansProcess.RunWithInput(TimeSpan.FromMinutes(1), Password,
            "user", "add", "xa-van-ban", "--role", "uploader", "--province", "Lào Cai", "--commune", Own, "--server", database.ConnectionString);
        Assert.True(exit == 0, output);
        TestAccounts.Create(database, new Account("phan-tich", Roles.Analyst, "Lào Cai", []), Password);

        var (server, address) = await ServerWaits.Serve(database, folder);
        using var serving = server;

        using (var anonymous = new WorkspaceClient(address))
        {
            using var login = await anonymous.Get("/dang-nhap");
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            foreach (var path in new[] { "/", "/api/tim-kiem?q=*", $"/ke-hoach?source={Uri.EscapeDataString(other)}", $"/ke-hoach/tai-ve?source={Uri.EscapeDataString(other)}", "/bao-cao/tai-ve?format=md", "/tien-do", "/tai-len" })
            {
                using var response = await anonymous.Get(path);
                Assert.True(response.StatusCode == HttpStatusCode.Found && response.Headers.Location!.ToString().Contains("/dang-nhap"), $"{path}: {response.StatusCode}");
            }
            Assert.Equal(HttpStatusCode.BadRequest, await anonymous.PostWithoutToken("/dang-nhap", new() { ["ten"] = "xa-van-ban", ["mat-khau"] = Password }));
        }

        using var uploader = new WorkspaceClient(address);
        Assert.Equal(HttpStatusCode.Found, await uploader.SignIn("xa-van-ban", Password));
        using var analyst = new WorkspaceClient(address);
        Assert.Equal(HttpStatusCode.Found, await analyst.SignIn("phan-tich", Password));
        await WaitForIndex(analyst);

        // Every query, even one naming the other commune or widening with OR, stays inside the commune.
        var everything = await uploader.Search("*");
        Assert.True(everything.GetProperty("total").GetInt32() > 0);
        Assert.Equal((await analyst.Search($"district:\"{Own}\"")).GetProperty("total").GetInt32(), everything.GetProperty("total").GetInt32());
        foreach (var query in new[] { "*", $"district:\"{Other}\"", $"* OR district:\"{Other}\"", "province:\"Lào Cai\"", "thu vien", "-district:\"Văn Bàn\"" })
            foreach (var plans in new[] { false, true })
            {
                var answer = await uploader.Search(query, plans);
                Assert.All(answer.GetProperty("hits").EnumerateArray(), hit => Assert.Contains(hit.GetProperty("source").GetString()!, own));
                Assert.All(Facet(answer, "district"), label => Assert.Equal(Own, label));
            }
        Assert.Equal(0, (await uploader.Search($"district:\"{Other}\"")).GetProperty("total").GetInt32());
        Assert.True((await analyst.Search($"district:\"{Other}\"")).GetProperty("total").GetInt32() > 0);
        Assert.All(Facet(await analyst.Search("*"), "province"), label => Assert.Equal("Lào Cai", label));

        // Plan pages and downloads: the other commune's plan does not exist for this account.
        foreach (var path in new[] { "/ke-hoach?source=", "/ke-hoach/tai-ve?source=" })
        {
            using var denied = await uploader.Get(path + Uri.EscapeDataString(other));
            Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
            using var allowed = await uploader.Get(path + Uri.EscapeDataString(own.First()));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            using var analystView = await analyst.Get(path + Uri.EscapeDataString(other));
            Assert.Equal(HttpStatusCode.OK, analystView.StatusCode);
        }
        using (var report = await uploader.Get("/bao-cao/tai-ve?format=md"))
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using (var narrowed = await uploader.Get($"/bao-cao/tai-ve?format=md&filter={Uri.EscapeDataString($"district:\"{Other}\"")}"))
            Assert.Equal(HttpStatusCode.NotFound, narrowed.StatusCode);
        var ownPlans = CorpusSources.All.Where(s => own.Contains(s.Source)).Sum(s => s.Records.Count);
        Assert.Equal(1, database.Scalar($"SELECT count(*) FROM audit_log WHERE user_name = 'xa-van-ban' AND action = 'download-report' AND detail LIKE '%({ownPlans} plans)'"));
        Assert.Equal(1, database.Scalar("SELECT count(*) FROM audit_log WHERE user_name = 'xa-van-ban' AND action = 'download-plan'"));

        // Brute force: the fifth wrong password locks the account (Identity answers it "locked out"), then even
        // the right one is refused, and nothing is reachable.
        using var guesser = new WorkspaceClient(address);
        for (var i = 1; i < AccountPolicy.MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, await guesser.SignIn("phan-tich", "sai-mat-khau-" + i));
        Assert.Equal((HttpStatusCode)429, await guesser.SignIn("phan-tich", "sai-mat-khau-cuoi"));
        Assert.Equal((HttpStatusCode)429, await guesser.SignIn("phan-tich", Password));
        using (var still = await guesser.Get("/api/tim-kiem?q=*"))
            Assert.Equal(HttpStatusCode.Found, still.StatusCode);
        Assert.Equal(2, database.Scalar("SELECT count(*) FROM audit_log WHERE user_name = 'phan-tich' AND action = 'login-locked'"));
    }

    private static IEnumerable<string?> Facet(JsonElement answer, string name) =>
        answer.GetProperty("facets").EnumerateArray().Where(f => f.GetProperty("facet").GetString() == name)
            .SelectMany(f => f.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("label").GetString()));

    /// <summary>The node indexes the stored plans from the change feed at start; wait until it has them all.</summary>
    private static async Task WaitForIndex(WorkspaceClient analyst)
    {
        var sources = CorpusSources.All.Count(s => s.Records.Any(r => r.School.Province == "Lào Cai" || r.School.ProvinceCurrent == "Lào Cai"));
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            var answer = await analyst.Search("*", plans: true);
            if (answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()).Distinct().Count() >= sources) return;
        }
        throw new TimeoutException("the node's index did not catch up with the stored plans");
    }
}
