using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Web;

/// <summary>One log line per request: method, path and query, status and time taken. Assets are left out
/// (they say nothing about what an analyst did).</summary>
internal static class RequestLog
{
    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/assets"))
        {
            await next();
            return;
        }
        var clock = Stopwatch.StartNew();
        try
        {
            await next();
        }
        finally
        {
            var logger = context.RequestServices.GetService(typeof(ILogger<WorkspaceApp>)) as ILogger;
            logger?.LogInformation("{Method} {Path}{Query} → {Status} in {Elapsed} ms", context.Request.Method, context.Request.Path,
                context.Request.QueryString, context.Response.StatusCode, clock.ElapsedMilliseconds);
        }
    }
}
