using System.CommandLine;

namespace Analytics.Cli.Commands;

/// <summary>The subcommands of `plans`, one file each; add a line here when adding one.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return InfoCommand.Create();
        yield return IngestCommand.Create();
        yield return ExportCommand.Create();
        yield return ShowCommand.Create();
        yield return IndexCommand.Create();
        yield return SearchCommand.Create();
        yield return ReportCommand.Create();
        yield return ReviewCommand.Create();
        yield return CorrectCommand.Create();
        yield return BuildLmCommand.Create();
        yield return RestoreEvalCommand.Create();
        yield return NormalizeCommand.Create();
        yield return TrainLmCommand.Create();
        yield return ServeCommand.Create();
        yield return ReadWorkerCommand.Create();
        // Server mode (PostgreSQL): see the README's "Server mode" section.
        yield return MigrateCommand.Create();
        yield return SubmitCommand.Create();
        yield return IngestWorkerCommand.Create();
        yield return UserCommand.Create();
    }
}
