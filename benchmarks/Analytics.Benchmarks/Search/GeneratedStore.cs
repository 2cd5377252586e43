using Analytics.Ingest.Store;

namespace Analytics.Benchmarks.Search;

/// <summary>Writes the generated collection of the search benchmarks (<see cref="PlanGenerator"/>, same seed)
/// into a record store, so that the product's own commands can be timed on it in a fresh process:
/// `plans index --rebuild --data DIR` (a cold rebuild: loading the records, the JIT and the merges included)
/// and `plans serve --data DIR` (benchmarks/scripts/first-searches.sh).</summary>
internal static class GeneratedStore
{
    public const string Argument = "--write-store";

    /// <summary>Handles `--write-store PLANS DIR`; false when the arguments ask for something else.</summary>
    public static bool TryRun(string[] args)
    {
        if (args.Length != 3 || args[0] != Argument) return false;
        var plans = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        var store = new RecordStore(args[2]);
        var sources = new PlanGenerator(CorpusVocabulary.Load()).Sources(plans).ToList();
        Parallel.ForEach(sources, store.Put);
        Console.WriteLine($"stored {sources.Count} generated plans ({sources.Sum(s => s.Records.Sum(r => r.Items.Count))} items) in {args[2]}");
        return true;
    }
}
