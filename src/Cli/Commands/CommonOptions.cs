using System.CommandLine;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Commands;

/// <summary>Options every subcommand shares.</summary>
internal static class CommonOptions
{
    /// <summary>--data DIR, recursive so it is accepted after any subcommand.</summary>
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = $"Data directory (default: ${DataDirectory.EnvironmentVariable}, else ./{DataDirectory.DefaultFolder})",
        Recursive = true,
    };

    public static string ResolveData(ParseResult parseResult) =>
        DataDirectory.Resolve(parseResult.GetValue(Data));
}
