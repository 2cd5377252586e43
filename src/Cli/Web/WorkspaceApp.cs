using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Cli.Web;

/// <summary>Builds the analysts' web workspace over one data directory: Kestrel on loopback by default,
/// request limits, security headers, anti-forgery, and the endpoints of <see cref="WorkspaceEndpoints"/>.</summary>
public sealed class WorkspaceApp
{
    private WorkspaceApp()
    {
    }

    public static WebApplication Build(WorkspaceOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // ASP.NET Core's own logging on the console: a line per request and per ingested file, and every
        // failure with its exception, so that a failure leaves a trace. The framework's chatter stays out.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Listen(Address(options.Host), options.Port);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
            form.ValueCountLimit = options.MaxFilesPerUpload + 16;
        });
        builder.Services.AddAntiforgery(antiforgery => antiforgery.HeaderName = "X-CSRF-TOKEN");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new SearchIndexHolder(options.DataDirectory));
        builder.Services.AddSingleton<SearchWarmUpService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SearchWarmUpService>());
        builder.Services.AddSingleton<IngestWorker>();
        builder.Services.AddSingleton<ReportService>();
        builder.Services.AddSingleton<SourceReadCache>();

        var app = builder.Build();
        app.Use(new HostGate(options.AllowedHosts).Apply);
        app.Use(new RequestSizeGate(options.MaxRequestBytes).Apply);
        app.Use(SecurityHeaders.Apply);
        app.Use(RequestLog.Apply);
        ErrorPages.Use(app);
        WorkspaceEndpoints.Map(app);
        return app;
    }

    private static IPAddress Address(string host) => host switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "0.0.0.0" => IPAddress.Any,
        _ => IPAddress.Parse(host),
    };
}
