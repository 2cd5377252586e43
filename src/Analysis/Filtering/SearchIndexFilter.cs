using Analytics.Ingest;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Search.Querying;

namespace Analytics.Analysis.Filtering;

/// <summary>Scopes a report with the Lucene index: a plan is in scope when the plan document or one of its
/// item documents matches the query. When the query matches more documents than one search returns,
/// the same query is evaluated on the records instead (<see cref="FieldRecordFilter"/>), so a wide
/// scope is never silently cut.</summary>
public sealed class SearchIndexFilter(ReadOnlyIndex index, string query) : IRecordFilter
{
    private const int MaxHits = 10_000;

    public Result<IReadOnlyList<PlanRecord>> Apply(IReadOnlyList<StoredSource> sources)
    {
        var planIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scope in new[] { SearchScope.Plans, SearchScope.Items })
        {
            var outcome = index.Search(new SearchRequest(query) { Top = MaxHits, Scope = scope, SnippetLength = 0 });
            if (!outcome.IsSuccess) return Result<IReadOnlyList<PlanRecord>>.Failure($"--filter: {outcome.Error}");
            var response = outcome.Response!;
            if (response.TotalHits > response.Hits.Count) return new FieldRecordFilter(query).Apply(sources);
            planIds.UnionWith(response.Hits.Select(h => h.PlanId));
        }
        var selected = new List<PlanRecord>();
        foreach (var source in sources)
        {
            for (var p = 0; p < source.Records.Count; p++)
            {
                if (planIds.Contains(PlanId(source, p))) selected.Add(source.Records[p]);
            }
        }
        return Result<IReadOnlyList<PlanRecord>>.Success(selected);
    }

    /// <summary>The id the index gives a plan (its record id, else source#index).</summary>
    private static string PlanId(StoredSource source, int index)
    {
        var record = source.Records[index];
        return string.IsNullOrEmpty(record.Id) ? source.Source + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : record.Id;
    }
}
