namespace Analytics.Server.Tests;

/// <summary>Waiting for a `plans serve --server` process: until it answers the login page.</summary>
internal static class ServerWaits
{
    public static async Task UntilServing(PlansProcess server, string address)
    {
        using var probe = new HttpClient { BaseAddress = new Uri(address) };
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline && !server.HasExited; await Task.Delay(200))
        {
            try { if ((await probe.GetAsync("/dang-nhap")).IsSuccessStatusCode) return; } catch (HttpRequestException) { }
        }
        throw new TimeoutException($"the workspace did not start; its output:\n{server.Output}");
    }
}
