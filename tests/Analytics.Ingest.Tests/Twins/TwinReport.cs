using System.Globalization;
using System.Text;
using Analytics.Ingest.Tests.Golden;

namespace Analytics.Ingest.Tests.Twins;

/// <summary>The measurement as text: one line per twin, then one line per family (counts summed over its twins).</summary>
public static class TwinReport
{
    public static IReadOnlyDictionary<string, TwinScore> ByFamily(IEnumerable<TwinResult> results) =>
        results.GroupBy(r => r.Twin.Family)
            .ToDictionary(g => g.Key, g => g.Aggregate(TwinScore.Zero, (sum, r) => sum.Add(r.Score)));

    public static string Format(IReadOnlyList<TwinResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("family  twin                                    files   secs  criterion  budget  timeline  assessment  outcome");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Twin.Family,-7} {r.Twin.Document,-38} {r.Twin.Files.Count,5} {r.Elapsed.TotalSeconds,6:F1}  {Cell(r.Score.Criterion),9}  {Cell(r.Score.Budget),6}  {Cell(r.Score.Timeline),8}  {Cell(r.Score.Assessment),10}  {r.Outcome}  {Counts(r.Score)}");
            text.Append(r.Diff);
        }
        text.AppendLine();
        text.AppendLine("family  twins  items  criterion F1  budget F1  timeline F1  assessment rows  assessment F1");
        foreach (var (family, score) in ByFamily(results).OrderBy(f => f.Key, StringComparer.Ordinal))
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{family,-7} {results.Count(r => r.Twin.Family == family),5}  {score.Criterion.Expected,5}  {Cell(score.Criterion),12}  {Cell(score.Budget),9}  {Cell(score.Timeline),11}  {score.Assessment.Expected,15}  {Cell(score.Assessment),13}");
        return text.ToString();
    }

    /// <summary>Matched/expected/found per column, so reports of parts of a set (measured one folder at a time) add up.</summary>
    private static string Counts(TwinScore s) =>
        string.Join(" ", new[] { s.Criterion, s.Budget, s.Timeline, s.Assessment }.Select(c => $"{c.Matched}/{c.Expected}/{c.Actual}"));

    /// <summary>"—" where nothing was expected and nothing found (a plan without a self-assessment table).</summary>
    private static string Cell(ItemScore score) =>
        score.Expected == 0 && score.Actual == 0 ? "—" : score.F1.ToString("F3", CultureInfo.InvariantCulture);
}
