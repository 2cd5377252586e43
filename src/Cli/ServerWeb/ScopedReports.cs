using Analytics.Analysis.Classification;
using Analytics.Analysis.Pipeline;
using Analytics.Analysis.Reports;
using Analytics.Ingest.Records;
using Analytics.Search.Querying;
using Analytics.Server.Accounts;
using Analytics.Server.Indexing;
using Analytics.Server.Store;

namespace Analytics.Cli.ServerWeb;

/// <summary>The cross-school report of the plans an account may see (optionally narrowed by a search filter,
/// itself searched inside the account's scope): the scope is applied to the records before any figure is made.</summary>
internal sealed class ScopedReports(PgPlanStore store, IndexFollower index)
{
    private readonly Lazy<Task<ClassifierChoice?>> _classifier = new(() => ReportPipeline.StartClassifier(new ReportRequest()));

    /// <summary>The records the report covers, or the reason there is none.</summary>
    public (IReadOnlyList<PlanRecord> Records, string? Error) Select(Account account, string? filter)
    {
        HashSet<string>? sources = null;
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var found = index.Search(new SearchRequest(filter) { Top = 10_000, Scope = SearchScope.Plans, SnippetLength = 0, Within = account.Within() });
            if (!found.IsSuccess) return ([], found.Error);
            sources = found.Response!.Hits.Select(h => h.Source).ToHashSet(StringComparer.Ordinal);
        }
        var records = store.All()
            .Where(s => sources is null || sources.Contains(s.Source))
            .SelectMany(s => s.Records)
            .Where(account.Sees)
            .ToList();
        return records.Count == 0 ? ([], "Không có kế hoạch nào trong phạm vi của tài khoản khớp bộ lọc.") : (records, null);
    }

    public void Write(IReadOnlyList<PlanRecord> records, string? filter, string format, Stream output, string? issuer = null, string? place = null)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var request = new ReportRequest { AsOf = today, Filter = string.IsNullOrWhiteSpace(filter) ? null : filter };
        var (report, _) = ReportPipeline.Run(records, request, _classifier.Value);
        var options = new ReportWriterOptions { Letterhead = ReportLetterhead.For(today, issuer, place) };
        ReportWriters.For(format, options).Write(report, output);
    }
}
