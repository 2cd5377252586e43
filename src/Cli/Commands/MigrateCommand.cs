using System.CommandLine;
using Analytics.Ingest.Store;
using Analytics.Server.Database;
using Analytics.Server.Review;
using Analytics.Server.Store;

namespace Analytics.Cli.Commands;

/// <summary>`plans migrate --server CONN [--from DIR]`: brings the server's schema up to date and, with --from,
/// copies an embedded collection (a data folder's records) into it, each source in its own transaction.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var server = ServerOptions.Server();
        var from = new Option<string?>("--from") { Description = "An embedded data folder whose records to copy into the server" };
        var command = new Command("migrate", "Create or update the server's PostgreSQL schema; with --from, copy an embedded collection in") { server, from };
        command.SetAction(parseResult =>
        {
            if (ServerOptions.Resolve(parseResult, server, "migrate") is not { } connection) return ExitCodes.Usage;
            using var database = ServerDatabase.Open(connection, migrate: false);
            var applied = SchemaMigrator.Apply(database);
            Console.WriteLine(applied.Count == 0 ? "Schema: up to date" : $"Schema: applied migrations {string.Join(", ", applied)}");
            if (parseResult.GetValue(from) is not { } folder) return ExitCodes.Success;
            if (!Directory.Exists(Path.Combine(folder, "records")))
            {
                Console.Error.WriteLine($"plans migrate: {folder} holds no records (no records/ folder)");
                return ExitCodes.Usage;
            }
            var embedded = new RecordStore(folder);
            var target = new PgPlanStore(database);
            var corrections = new PgCorrectionStore(database);
            var (copied, plans) = (0, 0);
            foreach (var source in embedded.All())
            {
                // The analysts' corrections come too (once: a second run finds them there), so a later
                // re-reading of the file in the server keeps them.
                if (corrections.For(source.Source).Count == 0)
                    foreach (var correction in embedded.Corrections.For(source.Source)) corrections.Add(source.Source, correction);
                target.Put(source);
                copied++;
                plans += source.Records.Count;
            }
            Console.WriteLine($"Copied {copied} sources ({plans} plans) from {folder}");
            DamagedRecords.Report("migrate", embedded);
            return embedded.Damaged.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
