using System.CommandLine;
using Analytics.Cli.Web;
using Microsoft.Extensions.Hosting;

namespace Analytics.Cli.Commands;

/// <summary>`plans serve`: the analysts' web workspace over the data directory.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1; anything else exposes the workspace to the network)", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port (default 5080)", DefaultValueFactory = _ => 5080 };
        var allowedHosts = new Option<string[]>("--allowed-hosts")
        {
            Description = "Host names the workspace answers to, besides localhost, 127.0.0.1, ::1 and the --host address (\"*\": any; other names are refused, against DNS rebinding)",
            AllowMultipleArgumentsPerToken = true,
        };
        var server = ServerOptions.Server();
        var files = ServerOptions.Files();
        var secure = new Option<bool>("--secure-cookies") { Description = "Server mode behind an HTTPS proxy: send the sign-in cookies over HTTPS only" };
        var command = new Command("serve", "Start the web workspace: upload, search, plan view, reports") { host, port, allowedHosts, server, files, secure };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // Server mode (shared workspace with accounts) only when asked: the embedded workspace stays the default.
            if (parseResult.GetValue(server) is not null)
                return await ServerServe.Run(parseResult, server, files, secure, host, port, allowedHosts, cancellationToken);
            var options = new WorkspaceOptions
            {
                DataDirectory = CommonOptions.ResolveData(parseResult),
                Host = parseResult.GetValue(host)!,
                Port = parseResult.GetValue(port),
            };
            options = options with { AllowedHosts = [.. options.AllowedHosts, parseResult.GetValue(host)!, .. parseResult.GetValue(allowedHosts) ?? []] };
            if (options.Host is not ("127.0.0.1" or "localhost" or "::1"))
                Console.Error.WriteLine($"Warning: listening on {options.Host}: anyone who can reach this machine can read and upload plans.");
            await using var app = WorkspaceApp.Build(options);
            await app.StartAsync(cancellationToken);
            Console.WriteLine($"Workspace: {string.Join(", ", app.Urls)} (data: {options.DataDirectory}); Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
