namespace Analytics.Server.Tests;

/// <summary>Waiting for a `plans serve --server` process: until it answers the login page.</summary>
internal static class ServerWaits
{
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
