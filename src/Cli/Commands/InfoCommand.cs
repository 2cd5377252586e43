using System.CommandLine;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Commands;

/// <summary>`plans info`: where the data directory is and what it holds.</summary>
internal static class InfoCommand
{
    public static Command Create()
    {
        var command = new Command("info", "Show the data directory and how many plans it holds");
        command.SetAction(parseResult =>
        {
            var store = new RecordStore(CommonOptions.ResolveData(parseResult));
            // Zeros for a folder that is not there would read as "an empty collection": a mistyped --data.
            if (!Directory.Exists(store.DataDirectory))
            {
                Console.Error.WriteLine($"plans info: the data folder {store.DataDirectory} does not exist (check --data or ${DataDirectory.EnvironmentVariable}; `plans ingest` creates it).");
                return 1;
            }
            var sources = store.All().ToList();
            Console.WriteLine($"Data directory: {store.DataDirectory}");
            Console.WriteLine($"Sources: {sources.Count}, plans: {sources.Sum(s => s.Records.Count)}, items: {sources.Sum(s => s.Records.Sum(r => r.Items.Count))}");
            return 0;
        });
        return command;
    }
}
