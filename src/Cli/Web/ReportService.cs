using Analytics.Analysis.Classification;
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
    private readonly object _gate = new();
    // The classifier learns from the labels shipped with the product, not from the store: train it once per
    // process, starting with the first report, instead of once per filter.
    private readonly Lazy<Task<ClassifierChoice?>> _classifier = new(() => ReportPipeline.StartClassifier(new ReportRequest()));
    private (string Key, Result<ReportDocument> Report)? _last;

    /// <summary>The report for a filter and date. The last one is kept until the store changes, so the
    /// page's inline view and its downloads are built once.</summary>
    public Result<ReportDocument> Build(string? filter, DateOnly asOf)
    {
        var key = $"{filter}\u0000{asOf:yyyy-MM-dd}\u0000{StoreStamp()}";
        lock (_gate)
        {
            if (_last is { } last && last.Key == key) return last.Report;
            var report = BuildUncached(filter, asOf);
            _last = (key, report);
            return report;
        }
    }

    private string StoreStamp()
    {
        var records = Path.Combine(options.DataDirectory, "records");
        if (!Directory.Exists(records)) return "empty";
        var files = new DirectoryInfo(records).GetFiles("*.json");
        return $"{files.Length}:{(files.Length == 0 ? 0 : files.Max(f => f.LastWriteTimeUtc.Ticks))}";
    }

    private Result<ReportDocument> BuildUncached(string? filter, DateOnly asOf)
    {
        var classifier = _classifier.Value;
        var sources = new RecordStore(options.DataDirectory).All().ToList();
        var selected = ReportScope.Select(options.DataDirectory, sources, filter);
        if (!selected.IsSuccess) return Result<ReportDocument>.Failure(selected.Error!);
        if (selected.Value.Count == 0)
            return Result<ReportDocument>.Failure(sources.Count == 0 ? "Chưa có kế hoạch nào: hãy tải lên trước." : "Không có kế hoạch nào khớp bộ lọc.");
        var (report, _) = ReportPipeline.Run(selected.Value, new ReportRequest { AsOf = asOf, Filter = string.IsNullOrWhiteSpace(filter) ? null : filter }, classifier);
        return report;
    }

    public static void Write(ReportDocument report, string format, Stream output, ReportLetterhead? letterhead = null) =>
        ReportWriters.For(format, letterhead is null ? null : new ReportWriterOptions { Letterhead = letterhead }).Write(report, output);

}
