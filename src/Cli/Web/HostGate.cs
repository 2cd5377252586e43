using Microsoft.AspNetCore.Http;

namespace Analytics.Cli.Web;

/// <summary>Answers only requests whose Host header names this workspace. A web page the analyst opens
/// elsewhere can point its own DNS name at 127.0.0.1 (DNS rebinding) and then call the workspace as its
/// own origin; the browser still sends that foreign name as Host, so refusing it closes the door.</summary>
internal sealed class HostGate(IReadOnlyCollection<string> allowed)
{
    private readonly HashSet<string> _allowed = new(allowed.Select(Bare), StringComparer.OrdinalIgnoreCase);

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        if (_allowed.Contains("*") || _allowed.Contains(Bare(context.Request.Host.Host)))
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Tên máy (Host) không được phép. Host not allowed; see `plans serve --allowed-hosts`.");
    }

    /// <summary>"[::1]" and "::1" are the same host.</summary>
    private static string Bare(string host) => host.Trim().TrimStart('[').TrimEnd(']');
}
