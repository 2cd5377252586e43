using System.CommandLine;
using Analytics.Cli.ServerWeb;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Analytics.Cli.Commands;

/// <summary>`plans serve --server CONN`: the shared workspace over PostgreSQL; the node's derived index lives
/// in the data folder (--data), caught up from the change feed at start.</summary>
internal static class ServerServe
{
    public static async Task<int> Run(ParseResult parseResult, Option<string?> server, Option<string?> files, Option<bool> secure,
        Option<string> host, Option<int> port, Option<string[]> allowedHosts, CancellationToken cancellationToken)
    {
        var options = new ServerWorkspaceOptions
        {
            ConnectionString = parseResult.GetValue(server)!,
            NodeDirectory = CommonOptions.ResolveData(parseResult),
            FilesDirectory = ServerOptions.ResolveFiles(parseResult, files).Folder,
            Host = parseResult.GetValue(host)!,
            Port = parseResult.GetValue(port),
            SecureCookies = parseResult.GetValue(secure),
        };
        options = options with { AllowedHosts = [.. options.AllowedHosts, options.Host, .. parseResult.GetValue(allowedHosts) ?? []] };
        await using var app = ServerWorkspaceApp.Build(options);
        await app.StartAsync(cancellationToken);
        Console.WriteLine($"Shared workspace: {string.Join(", ", app.Urls)} (index: {options.NodeDirectory}); sign in required; Ctrl+C to stop.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
