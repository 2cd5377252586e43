using Analytics.Analysis.Filtering;
using Analytics.Analysis.Pipeline;
using Analytics.Analysis.Reports;
using Analytics.Ingest;
using Analytics.Ingest.Records;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;
using Analytics.Search.Querying;

namespace Analytics.Cli.Web;

/// <summary>Builds the cross-school report for the workspace's current filter, in any report format.</summary>
internal sealed class ReportService(WorkspaceOptions options)
{
    public Result<ReportDocument> Build(string? filter, DateOnly asOf)
    {
        var sources = new RecordStore(options.DataDirectory).All().ToList();
        var selected = Select(sources, filter);
        if (!selected.IsSuccess) return Result<ReportDocument>.Failure(selected.Error!);
        if (selected.Value.Count == 0)
            return Result<ReportDocument>.Failure(sources.Count == 0 ? "Chưa có kế hoạch nào: hãy tải lên trước." : "Không có kế hoạch nào khớp bộ lọc.");
        var (report, _) = ReportPipeline.Run(selected.Value, new ReportRequest { AsOf = asOf, Filter = string.IsNullOrWhiteSpace(filter) ? null : filter });
        return report;
    }

    public static void Write(ReportDocument report, string format, Stream output) => ReportWriters.For(format).Write(report, output);

    private Result<IReadOnlyList<PlanRecord>> Select(IReadOnlyList<StoredSource> sources, string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return new AllRecordsFilter().Apply(sources);
        var opened = PlanSearcher.Open(options.DataDirectory);
        if (!IndexLocation.Exists(options.DataDirectory) || !opened.IsSuccess) return new FieldRecordFilter(filter).Apply(sources);
        using var index = opened.Value;
        return new SearchIndexFilter(index, filter).Apply(sources);
    }
}
