using Microsoft.AspNetCore.Http;

namespace Analytics.Cli.Web;

/// <summary>Headers on every response. The policy allows script and style only from our own origin, so
/// script-like text in a plan can never run even if it escaped the encoder. The self-contained HTML
/// report sets its own, stricter-origin policy (inline only, sandboxed).</summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    public const string ReportPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; sandbox allow-scripts";

    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "SAMEORIGIN";
            return Task.CompletedTask;
        });
        await next();
    }
}
