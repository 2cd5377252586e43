using System.Net;
using Analytics.Server.Accounts;
using Analytics.Testing;

namespace Analytics.Server.Tests;

/// <summary>`plans serve --server` as a process: sessions end when the admin changes an account (Identity's
/// security stamp, checked at every request), a locked account cannot sign in until unlocked, and the password
/// rule answers in Vietnamese on the admin page and from `plans user add`.</summary>
public sealed class AccountSessionTests
{
    private const string Password = "mật-khẩu-đủ-dài-1";

    [Fact]
    public async Task Admin_changes_end_the_accounts_sessions_and_the_password_rule_speaks_Vietnamese()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        TestAccounts.Create(database, new Account("quan-tri", Roles.Admin, null, []), Password);
        TestAccounts.Create(database, new Account("phan-tich", Roles.Analyst, "Lào Cai", []), Password);
        var (server, address) = await ServerWaits.Serve(database, folder);
        using var serving = server;
        using var admin = new WorkspaceClient(address);
        Assert.Equal(HttpStatusCode.Found, await admin.SignIn("quan-tri", Password));

        // A role change signs the analyst out at the next request; signed in again, the new role applies.
        using var analyst = new WorkspaceClient(address);
        Assert.Equal(HttpStatusCode.Found, await analyst.SignIn("phan-tich", Password));
        await Reaches(analyst, "/tai-len", HttpStatusCode.OK);
        await Change(admin, "/quan-tri/vai-tro", new() { ["ten"] = "phan-tich", ["vai-tro"] = Roles.Viewer });
        await SentToLogin(analyst);
        Assert.Equal(HttpStatusCode.Found, await analyst.SignIn("phan-tich", Password));
        using (var upload = await analyst.Get("/tai-len"))
            Assert.Contains("chỉ được xem", await upload.Content.ReadAsStringAsync());

        // A change of units does the same; a lock ends the session and refuses the password until unlocked.
        await Change(admin, "/quan-tri/don-vi", new() { ["ten"] = "phan-tich", ["tinh"] = "Lào Cai", ["xa"] = "Văn Bàn" });
        await SentToLogin(analyst);
        Assert.Equal(HttpStatusCode.Found, await analyst.SignIn("phan-tich", Password));
        await Change(admin, "/quan-tri/khoa", new() { ["ten"] = "phan-tich" });
        await SentToLogin(analyst);
        Assert.Equal((HttpStatusCode)429, await analyst.SignIn("phan-tich", Password));
        await Change(admin, "/quan-tri/mo-khoa", new() { ["ten"] = "phan-tich" });
        Assert.Equal(HttpStatusCode.Found, await analyst.SignIn("phan-tich", Password));
        await Reaches(analyst, "/", HttpStatusCode.OK);
        await Reaches(admin, "/quan-tri", HttpStatusCode.OK);

        // The password rule, refused in Vietnamese by the admin page and by the command.
        using (var tooShort = await admin.Post("/quan-tri", "/quan-tri/them", new() { ["ten"] = "xa-moi", ["mat-khau"] = "ngắn", ["vai-tro"] = Roles.Viewer }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
            Assert.Contains($"Mật khẩu cần ít nhất {AccountPolicy.MinPasswordLength} ký tự.", await tooShort.Content.ReadAsStringAsync());
        }
        var (exit, output) = await PlansProcess.RunWithInput(TimeSpan.FromMinutes(1), "ngắn", "user", "add", "xa-moi", "--role", "viewer", "--server", database.ConnectionString);
        Assert.NotEqual(0, exit);
        Assert.Contains($"Mật khẩu cần ít nhất {AccountPolicy.MinPasswordLength} ký tự.", output);
        Assert.Equal(0, database.Scalar("SELECT count(*) FROM users WHERE name = 'xa-moi'"));
        foreach (var action in new[] { "user-role", "user-units", "user-lock", "user-unlock" })
            Assert.Equal(1, database.Scalar($"SELECT count(*) FROM audit_log WHERE action = '{action}'"));
    }

    private static async Task Change(WorkspaceClient admin, string action, Dictionary<string, string> fields)
    {
        using var response = await admin.Post("/quan-tri", action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Found, $"{action}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task Reaches(WorkspaceClient client, string path, HttpStatusCode status)
    {
        using var response = await client.Get(path);
        Assert.Equal(status, response.StatusCode);
    }

    private static async Task SentToLogin(WorkspaceClient client)
    {
        using var response = await client.Get("/api/tim-kiem?q=*");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("/dang-nhap", response.Headers.Location!.ToString());
    }
}
