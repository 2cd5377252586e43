using System.CommandLine;
using Analytics.Ingest.Pipeline;
using Analytics.Server.Database;
using Analytics.Server.Jobs;

namespace Analytics.Cli.Commands;

/// <summary>`plans submit PATH... --server CONN [--files DIR] [--again]`: puts files into the shared file store and one
/// ingest job per source into the server's queue, for `plans worker` processes to read. The photographed
/// pages of one plan make one job, as in `plans ingest`.</summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var server = ServerOptions.Server();
        var files = ServerOptions.Files();
        var user = new Option<string?>("--as") { Description = "Account the batch is recorded under in the audit log (default: the system user)" };
        var again = new Option<bool>("--again") { Description = "Read files already stored again (a newer reader: their plans are replaced, corrections kept)" };
        var command = new Command("submit", "Queue files for the server's ingest workers") { paths, server, files, user, again };
        command.SetAction(parseResult =>
        {
            if (ServerOptions.Resolve(parseResult, server, "submit") is not { } connection) return ExitCodes.Usage;
            var (inputs, missing) = InputWalker.Walk(parseResult.GetValue(paths) ?? []);
            foreach (var path in missing) Console.Error.WriteLine($"plans submit: no such file or folder: {path}");
            if (missing.Count > 0 || inputs.Count == 0) return ExitCodes.Usage;
            using var database = ServerDatabase.Open(connection);
            var submitter = new JobSubmitter(database, ServerOptions.ResolveFiles(parseResult, files));
            var batch = JobSubmitter.NewBatch();
            var by = parseResult.GetValue(user) ?? Environment.UserName;
            var counts = new Dictionary<JobSubmitter.Outcome, int>();
            foreach (var input in InputPageSets.Group(inputs))
            {
                var outcome = submitter.Submit(batch, input, by, again: parseResult.GetValue(again));
                counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            }
            new Analytics.Server.Audit.AuditLog(database).Write(by, "submit", $"batch {batch}: {counts.GetValueOrDefault(JobSubmitter.Outcome.Queued)} queued");
            Console.WriteLine($"Batch {batch}: {counts.GetValueOrDefault(JobSubmitter.Outcome.Queued)} queued, "
                + $"{counts.GetValueOrDefault(JobSubmitter.Outcome.AlreadyQueued)} already queued, {counts.GetValueOrDefault(JobSubmitter.Outcome.AlreadyStored)} already stored");
            return ExitCodes.Success;
        });
        return command;
    }
}
