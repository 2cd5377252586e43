using Analytics.Ingest.Store;

namespace Analytics.Cli.Commands;

/// <summary>Says which record files the store could not read, so a damaged file is never passed over in
/// silence (the index keeps what it held for them).</summary>
internal static class DamagedRecords
{
    public static void Report(string command, RecordStore store)
    {
        foreach (var path in store.Damaged)
            Console.Error.WriteLine($"plans {command}: damaged record file {path}: not read; the search index keeps its previous plans. Re-ingest its source to replace it.");
    }
}
