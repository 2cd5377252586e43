using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Web;

/// <summary>Finds a plan by its id. Ids are "source#hash#index", so the source part names the one
/// stored file to open; no scan of the store.</summary>
internal static class PlanLookup
{
    public static PlanRecord? Find(RecordStore store, string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        var source = SourceOf(id);
        var stored = source is null ? null : store.Get(source);
        return stored?.Records.FirstOrDefault(r => r.Id == id);
    }

    public static string? SourceOf(string id)
    {
        var last = id.LastIndexOf('#');
        if (last <= 0) return null;
        var previous = id.LastIndexOf('#', last - 1);
        return previous <= 0 ? null : id[..previous];
    }
}
