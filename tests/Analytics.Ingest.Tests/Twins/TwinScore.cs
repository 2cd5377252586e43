using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;
using Analytics.Ingest.Tests.Golden;

namespace Analytics.Ingest.Tests.Twins;

/// <summary>The four columns for one twin or a sum of twins: items matched by criterion alone, by
/// criterion and budget (VND), by criterion and timeline (start and end months), and assessment rows matched
/// by criterion and result. Items are keyed as the golden pairing keys them (criterion, or "tiêu chuẩn N" for
/// an item with only its standard); counts are <see cref="ItemScore"/>'s.</summary>
public sealed record TwinScore(ItemScore Criterion, ItemScore Budget, ItemScore Timeline, ItemScore Assessment)
{
    public static TwinScore Zero { get; } = new(ItemScore.Zero, ItemScore.Zero, ItemScore.Zero, ItemScore.Zero);

    public TwinScore Add(TwinScore other) =>
        new(Criterion.Add(other.Criterion), Budget.Add(other.Budget), Timeline.Add(other.Timeline), Assessment.Add(other.Assessment));

    public static TwinScore Of(ExpectedOutcome expected, IngestOutcome outcome)
    {
        var wanted = expected.Plans;
        IReadOnlyList<PlanRecord> found = outcome.IsSuccess ? outcome.Records : [];
        return new TwinScore(
            Score(wanted, found, ItemPairing.Key),
            Score(wanted, found, i => $"{ItemPairing.Key(i)}|{i.Budget?.Vnd}"),
            Score(wanted, found, i => $"{ItemPairing.Key(i)}|{i.Timeline?.Start}|{i.Timeline?.End}"),
            ItemScore.OfKeys(wanted.SelectMany(p => p.Assessments).Select(AssessmentKey), found.SelectMany(p => p.Assessments).Select(AssessmentKey)));
    }

    private static ItemScore Score(IReadOnlyList<PlanRecord> expected, IReadOnlyList<PlanRecord> actual, Func<PlanItem, string> key) =>
        ItemScore.OfKeys(expected.SelectMany(p => p.Items).Select(key), actual.SelectMany(p => p.Items).Select(key));

    private static string AssessmentKey(Assessment a) => $"{a.Criterion?.Trim()}|{a.Result}";
}
