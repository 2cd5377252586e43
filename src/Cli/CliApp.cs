using System.CommandLine;
using Analytics.Cli.Commands;

namespace Analytics.Cli;

/// <summary>The `plans` command line: parse, report usage errors with exit status 2, run.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("plans: ingest, search and analyse school quality-improvement plans (Kế hoạch cải tiến chất lượng giáo dục)");
        root.Options.Add(CommonOptions.Data);
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = CreateRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors exit with 2, apart from "some inputs failed" (1).
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"plans: {error.Message}");
            if (CommandSuggestion.For(root, args) is { } meant) Console.Error.WriteLine($"Did you mean 'plans {meant}'?");
            Console.Error.WriteLine("Run 'plans --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync();
    }
}
