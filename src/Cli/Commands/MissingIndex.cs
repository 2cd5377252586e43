using Analytics.Search.Indexing;

namespace Analytics.Cli.Commands;

/// <summary>What to tell a user whose search finds no index: `plans ingest` builds the index as it stores
/// plans, so a folder with no plans needs an ingest, and only a store without its index needs `plans index`.</summary>
internal static class MissingIndex
{
    public static string Advice(string data)
    {
        if (!Directory.Exists(data))
            return $"the data folder {data} does not exist: run `plans ingest PATH...` first (or give --data DIR).";
        var records = Path.Combine(data, "records");
        if (!Directory.Exists(records) || Directory.GetFiles(records, "*.json").Length == 0)
            return $"no plans in {data}: run `plans ingest PATH...` first; it stores the plans and builds the search index.";
        return $"no search index in {IndexLocation.For(data)}: run `plans index` to build it from the stored plans.";
    }
}
