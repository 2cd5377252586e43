using System.CommandLine;
using Analytics.Server.Database;
using Analytics.Server.Jobs;

namespace Analytics.Cli.Commands;

/// <summary>The options of the server-mode commands: the PostgreSQL connection and the shared file store.</summary>
internal static class ServerOptions
{
    public static Option<string?> Server() => new("--server")
    {
        Description = $"PostgreSQL connection string of the shared workspace (default: ${ServerDatabase.EnvironmentVariable})",
    };

    public static Option<string?> Files() => new("--files")
    {
        Description = $"Folder of uploaded files shared by submitters and workers (default: ${ContentStore.EnvironmentVariable}, else ./plans-files)",
    };

    /// <summary>The connection string, or null after saying on stderr that none was given.</summary>
    public static string? Resolve(ParseResult parseResult, Option<string?> option, string command)
    {
        var value = parseResult.GetValue(option) ?? Environment.GetEnvironmentVariable(ServerDatabase.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Console.Error.WriteLine($"plans {command}: no server: give --server \"Host=…;Database=…;Username=…\" or set {ServerDatabase.EnvironmentVariable}");
            return null;
        }
        return value;
    }

    public static ContentStore ResolveFiles(ParseResult parseResult, Option<string?> option) =>
        new(parseResult.GetValue(option) ?? Environment.GetEnvironmentVariable(ContentStore.EnvironmentVariable) ?? "plans-files");
}
