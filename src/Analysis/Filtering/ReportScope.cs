using Analytics.Ingest;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Analysis.Filtering;

/// <summary>The plans a report covers: all of them without a query; with one, the search index when
/// there is one, else the same query evaluated on the records.</summary>
public static class ReportScope
{
    public static Result<IReadOnlyList<PlanRecord>> Select(string dataDirectory, IReadOnlyList<StoredSource> sources, string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return new AllRecordsFilter().Apply(sources);
        if (!IndexLocation.Exists(dataDirectory)) return new FieldRecordFilter(query).Apply(sources);
        var opened = PlanSearcher.Open(dataDirectory);
        if (!opened.IsSuccess) return new FieldRecordFilter(query).Apply(sources);
        using var index = opened.Value;
        return new SearchIndexFilter(index, query).Apply(sources);
    }
}
