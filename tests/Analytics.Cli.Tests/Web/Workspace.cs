using System.Net;
using Analytics.Cli.Web;
using Microsoft.AspNetCore.Builder;

namespace Analytics.Cli.Tests.Web;

/// <summary>A workspace on a free loopback port over a fresh data directory, with a cookie-keeping
/// client; disposed with its data.</summary>
internal sealed class Workspace : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Workspace(WebApplication app, string data, string url)
    {
        _app = app;
        DataDirectory = data;
        BaseUrl = url;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(url) };
    }

    public string DataDirectory { get; }
    public string BaseUrl { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a workspace; <paramref name="prepare"/> may fill its data directory first.</summary>
    public static async Task<Workspace> StartAsync(Func<WorkspaceOptions, WorkspaceOptions>? configure = null, Action<string>? prepare = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "plans-web-" + Guid.NewGuid().ToString("N"));
        prepare?.Invoke(data);
        var options = new WorkspaceOptions { DataDirectory = data, Port = 0 };
        var app = WorkspaceApp.Build(configure is null ? options : configure(options));
        await app.StartAsync();
        return new Workspace(app, data, app.Urls.First());
    }

    /// <summary>The anti-forgery token of the upload page (its cookie lands in the client).</summary>
    public async Task<string> TokenAsync()
    {
        var page = await Client.GetStringAsync("/upload");
        const string marker = "name=\"csrf-token\" content=\"";
        var start = page.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return page[start..page.IndexOf('"', start)];
    }

    /// <param name="expectContinue">Sends "Expect: 100-continue" and the body only once the server asks for it, as a
    /// client does with a large upload; without it a refusal that closes the connection can race the body's writing.</param>
    public async Task<HttpResponseMessage> UploadAsync(IEnumerable<(string Name, byte[] Content)> files, string? token, bool expectContinue = false)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
        if (token is not null) request.Headers.Add("X-CSRF-TOKEN", token);
        request.Headers.ExpectContinue = expectContinue;
        return await Client.SendAsync(request);
    }

    /// <summary>Polls the job until it finishes (bounded) and returns its last progress document.</summary>
    public async Task<System.Text.Json.JsonElement> WaitForJobAsync(HttpResponseMessage upload)
    {
        var job = System.Text.Json.JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("job").GetString();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var progress = System.Text.Json.JsonDocument.Parse(await Client.GetStringAsync($"/api/uploads/{job}")).RootElement;
            if (progress.GetProperty("finished").GetBoolean()) return progress;
            await Task.Delay(200);
        }
        throw new TimeoutException("upload job did not finish in 120 s");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
