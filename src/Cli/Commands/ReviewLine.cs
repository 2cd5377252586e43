using System.Globalization;
using Analytics.Ingest.Review;

namespace Analytics.Cli.Commands;

/// <summary>The one-line count of what needs review, printed after `plans ingest` and by `plans review`.</summary>
internal static class ReviewLine
{
    public static string Of(ReviewSummary summary)
    {
        if (summary.Fields == 0) return "Needs review: nothing (no doubtful field)";
        var reasons = string.Join(", ", summary.ByReason.Select(r => $"{ReviewReasonNames.English(r.Key)} {r.Value.ToString(CultureInfo.InvariantCulture)}"));
        return $"Needs review: {summary.Plans} plans, {summary.Fields} fields ({reasons}); list them with `plans review`, correct with `plans correct`";
    }
}
