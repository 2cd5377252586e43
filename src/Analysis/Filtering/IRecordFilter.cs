using Analytics.Ingest;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Analysis.Filtering;

/// <summary>Chooses the plans a report covers. A query the filter cannot use comes back as a failure
/// with the reason, never as an empty report.</summary>
public interface IRecordFilter
{
    Result<IReadOnlyList<PlanRecord>> Apply(IReadOnlyList<StoredSource> sources);
}

/// <summary>Every plan in the store.</summary>
public sealed class AllRecordsFilter : IRecordFilter
{
    public Result<IReadOnlyList<PlanRecord>> Apply(IReadOnlyList<StoredSource> sources) =>
        Result<IReadOnlyList<PlanRecord>>.Success(sources.SelectMany(s => s.Records).ToList());
}
