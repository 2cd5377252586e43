using Microsoft.AspNetCore.Http;

namespace Analytics.Cli.Web;

/// <summary>Refuses a request whose declared Content-Length is over the limit before a byte of its body
/// is read, and closes the connection rather than draining the body.</summary>
internal sealed class RequestSizeGate(long maxBytes)
{
    public async Task Apply(HttpContext context, Func<Task> next)
    {
        if (context.Request.ContentLength is not { } length || length <= maxBytes)
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.Headers.Connection = "close";
        await context.Response.WriteAsJsonAsync(new { error = $"Dữ liệu tải lên quá lớn (tối đa {maxBytes / (1024 * 1024)} MB mỗi lần)." });
    }
}
