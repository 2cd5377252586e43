using System.Net;
using Analytics.Server.Accounts;
using Analytics.Testing;

namespace Analytics.Server.Tests;

/// <summary>`plans serve --secure-cookies` behind a TLS-terminating proxy on the same host: the proxy's
/// X-Forwarded-Proto makes the request https (plain http is refused), the cookies are marked Secure, and the
/// audit log names the client from X-Forwarded-For, not the proxy.</summary>
public sealed class HttpsProxyTests
{
    private const string Password = "mật-khẩu-đủ-dài-1";
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task Behind_the_proxy_cookies_are_secure_and_the_audit_log_names_the_forwarded_client()
    {
        using var database = new TestDatabase();
        using var folder = new TempFolder();
        TestAccounts.Create(database, new Account("phan-tich", Roles.Analyst, "Lào Cai", []), Password);
        var port = 20000 + Random.Shared.Next(20000);
        using var server = PlansProcess.Start("serve", "--server", database.ConnectionString, "--data", Path.Combine(folder.Path, "node"),
            "--files", Path.Combine(folder.Path, "files"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--secure-cookies");
        // The handler keeps no cookies: a Secure cookie is sent back by hand, as the browser does over https.
        using var proxy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        proxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-For", Client);

        using var login = await ServerWaits.UntilServing(server, proxy);
        var csrf = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("plans.csrf=", StringComparison.Ordinal));
        Assert.Contains("secure", csrf, StringComparison.OrdinalIgnoreCase);
        var token = WorkspaceClient.TokenIn(await login.Content.ReadAsStringAsync(), "/dang-nhap");

        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ten"] = "phan-tich", ["mat-khau"] = Password, ["__RequestVerificationToken"] = token }),
        };
        signIn.Headers.Add("Cookie", csrf.Split(';')[0]);
        using var signedIn = await proxy.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("plans.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, database.Scalar($"SELECT count(*) FROM audit_log WHERE user_name = 'phan-tich' AND action = 'login' AND detail = '{Client}'"));

        // Straight to the workspace over plain http, past the proxy: refused.
        using var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.False((await direct.GetAsync("/dang-nhap")).IsSuccessStatusCode);
    }
}
