using Analytics.Ingest.Review;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Web;

/// <summary>What the plans of a finished upload leave to review (plans and fields), as the upload page
/// reports after the per-file lines.</summary>
internal static class UploadReview
{
    public static ReviewSummary Of(IReadOnlyList<UploadFileState> files, RecordStore store) =>
        ReviewSummary.Of(ReviewFlags.Of(files.Where(f => f.State == "done")
            .Select(f => store.Get(f.Name))
            .OfType<StoredSource>()
            .SelectMany(s => s.Records)));
}
