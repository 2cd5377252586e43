using System.CommandLine;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;

namespace Analytics.Cli.Commands;

/// <summary>`plans index [--rebuild]`: brings DATA/index in line with the record store.</summary>
internal static class IndexCommand
{
    private const int ProgressEvery = 100;

    public static Command Create()
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Empty the index and write every stored source anew (one commit)" };
        var wait = WriterLockCommand.WaitOption();
        var command = new Command("index", "Sync the search index with the stored records (adds/replaces changed sources, deletes removed ones)") { rebuild, wait };
        command.SetAction(parseResult =>
        {
            var store = new RecordStore(CommonOptions.ResolveData(parseResult));
            using var writer = WriterLockCommand.Take(store.DataDirectory, "index", parseResult.GetValue(wait));
            if (writer is null) return ExitCodes.Busy;
            try
            {
                using var index = PlanIndex.Open(store.DataDirectory);
                var progress = new SyncProgress();
                var report = index.SyncWith(store, parseResult.GetValue(rebuild), progress);
                Console.WriteLine($"Index {IndexLocation.For(store.DataDirectory)}: {report}");
                DamagedRecords.Report("index", store);
                return 0;
            }
            catch (Lucene.Net.Store.LockObtainFailedException)
            {
                Console.Error.WriteLine($"The index {IndexLocation.For(store.DataDirectory)} is being written by another process; try again when it has finished.");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Writes a line as sources are written (synchronously: Progress&lt;T&gt; would post to the pool).</summary>
    private sealed class SyncProgress : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            if (value.SourcesDone % ProgressEvery == 0 || value.SourcesDone == value.SourcesToWrite)
                Console.WriteLine($"written {value.SourcesDone}/{value.SourcesToWrite} sources");
        }
    }
}
