using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Analytics.Server.Tests;

/// <summary>A browser-like client of the shared workspace: its own cookie jar, no automatic redirects (so a
/// redirect to the login page is seen as such), forms posted with the page's anti-forgery token.</summary>
internal sealed partial class WorkspaceClient(string baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(baseAddress),
    };

    public Task<HttpResponseMessage> Get(string path) => _http.GetAsync(path);

    /// <summary>Signs in through the login form; returns the status of the form's answer.</summary>
    public async Task<HttpStatusCode> SignIn(string name, string password)
    {
        var token = await TokenOf("/dang-nhap");
        using var response = await _http.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ten"] = name, ["mat-khau"] = password, ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode;
    }

    /// <summary>Posts a form of <paramref name="page"/> to <paramref name="action"/> with the page's anti-forgery
    /// token, as the browser does; returns the answer.</summary>
    public async Task<HttpResponseMessage> Post(string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenOf(page);
        return await _http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async Task<HttpStatusCode> PostWithoutToken(string path, Dictionary<string, string> fields)
    {
        using var response = await _http.PostAsync(path, new FormUrlEncodedContent(fields));
        return response.StatusCode;
    }

    public async Task<JsonElement> Search(string query, bool plans = false)
    {
        using var response = await _http.GetAsync($"/api/tim-kiem?q={Uri.EscapeDataString(query)}{(plans ? "&kehoach=true" : "")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }

    private async Task<string> TokenOf(string path) => TokenIn(await _http.GetStringAsync(path), path);

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static string TokenIn(string page, string path) =>
        TokenField().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"no anti-forgery field on {path}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => _http.Dispose();
}
