namespace Analytics.Server.Tests;

/// <summary>Waiting for a `plans serve --server` process: until it answers the login page.</summary>
internal static class ServerWaits
{
    /// <summary>Starts `plans serve --server` on the test database (node index and file store in
    /// <paramref name="folder"/>) on a random loopback port, and waits until it serves; returns it and its address.</summary>
    public static async Task<(PlansProcess Server, string Address)> Serve(Analytics.Testing.TestDatabase database, TempFolder folder)
    {
        var port = 20000 + Random.Shared.Next(20000);
        var server = PlansProcess.Start("serve", "--server", database.ConnectionString, "--data", Path.Combine(folder.Path, "node"),
            "--files", Path.Combine(folder.Path, "files"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var address = $"http://127.0.0.1:{port}";
        await UntilServing(server, address);
        return (server, address);
    }

    public static async Task UntilServing(PlansProcess server, string address)
    {
        using var probe = new HttpClient { BaseAddress = new Uri(address) };
        (await UntilServing(server, probe)).Dispose();
    }

    /// <summary>Until the login page answers through this client (a proxy's headers, say); returns its answer.</summary>
    public static async Task<HttpResponseMessage> UntilServing(PlansProcess server, HttpClient probe)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline && !server.HasExited; await Task.Delay(200))
        {
            try
            {
                var page = await probe.GetAsync("/dang-nhap");
                if (page.IsSuccessStatusCode) return page;
                page.Dispose();
            }
            catch (HttpRequestException) { }
        }
        throw new TimeoutException($"the workspace did not start; its output:\n{server.Output}");
    }
}
