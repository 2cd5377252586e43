using Analytics.Cli.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Web;

/// <summary>What a request that went wrong answers: a page saying in Vietnamese what happened, never an empty
/// body. An unhandled exception is logged with its stack (the log is where the cause is found) and answered
/// 500; a bare error status (404, 400, 405…) gets the page of its status.</summary>
internal static class ErrorPages
{
    public static void Use(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleException });
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
    }

    private static Task HandleException(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerPathFeature>();
        var logger = http.RequestServices.GetService(typeof(ILogger<WorkspaceApp>)) as ILogger;
        logger?.LogError(error?.Error, "request {Method} {Path}{Query} failed", http.Request.Method, http.Request.Path, http.Request.QueryString);
        return WriteAsync(http, StatusCodes.Status500InternalServerError);
    }

    private static Task WriteAsync(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var (title, text) = Explain(status);
        var body = $"<h1>{Html.E(title)}</h1><p class=\"error\" role=\"alert\">{Html.E(text)}</p><p><a href=\"/\">Về trang tìm kiếm</a></p>";
        return http.Response.WriteAsync(Layout.Page(title, "", body));
    }

    public static (string Title, string Text) Explain(int status) => status switch
    {
        400 => ("Yêu cầu không hợp lệ", "Địa chỉ hoặc dữ liệu gửi lên không đúng dạng máy chủ chờ đợi."),
        404 => ("Không tìm thấy", "Không có trang hay tệp nào ở địa chỉ này."),
        405 => ("Không dùng được cách gửi này", "Địa chỉ này không nhận kiểu yêu cầu vừa gửi."),
        413 => ("Dữ liệu quá lớn", "Dữ liệu gửi lên vượt giới hạn của máy chủ."),
        415 => ("Định dạng không được nhận", "Máy chủ không nhận kiểu dữ liệu vừa gửi."),
        >= 500 => ("Lỗi máy chủ", "Máy chủ gặp lỗi khi xử lý yêu cầu này; lỗi đã được ghi vào nhật ký của máy chủ. Hãy thử lại, hoặc báo cho người quản trị kèm thời điểm xảy ra lỗi."),
        _ => ("Không thực hiện được yêu cầu", $"Máy chủ trả mã {status}."),
    };
}
