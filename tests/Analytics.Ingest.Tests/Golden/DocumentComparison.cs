using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>All field checks of one corpus document and its item score.</summary>
public sealed record DocumentComparison(string Document, IReadOnlyList<FieldCheck> Checks, ItemScore Items)
{
    public IReadOnlyList<FieldCheck> Differences => Checks.Where(c => !c.Ok).ToList();

    public string Describe() =>
        Differences.Count == 0
            ? $"{Document}: all {Checks.Count} fields match"
            : $"{Document}: {Differences.Count} of {Checks.Count} fields differ\n  " + string.Join("\n  ", Differences);

    public static DocumentComparison Of(string document, ExpectedOutcome expected, IngestOutcome outcome)
    {
        var actualPlans = outcome.IsSuccess ? outcome.Records : [];
        var actualItems = actualPlans.SelectMany(p => p.Items).ToList();
        var score = ItemScore.Of(expected.Plans.SelectMany(p => p.Items), actualItems);

        if (expected.Error is not null)
        {
            var check = new FieldCheck("outcome", "outcome", !outcome.IsSuccess, $"error: {expected.Error}",
                outcome.IsSuccess ? $"{outcome.Records.Count} plan(s)" : $"error: {outcome.Error}");
            return new DocumentComparison(document, [check], score);
        }

        var checks = new List<FieldCheck>
        {
            new("outcome", "outcome", outcome.IsSuccess && actualPlans.Count == expected.Plans.Count,
                $"{expected.Plans.Count} plan(s)", outcome.IsSuccess ? $"{actualPlans.Count} plan(s)" : $"error: {outcome.Error}"),
        };
        var several = expected.Plans.Count > 1;
        for (var i = 0; i < expected.Plans.Count; i++)
        {
            var prefix = several ? $"[{i}]." : "";
            if (i < actualPlans.Count)
            {
                checks.AddRange(RecordComparer.Compare(expected.Plans[i], actualPlans[i], prefix));
            }
            else
            {
                // A missing plan: every expected field is a miss, including those expected to be null.
                checks.AddRange(RecordComparer.Compare(expected.Plans[i], new PlanRecord(), prefix).Select(c => c with { Ok = false }));
            }
        }
        for (var i = expected.Plans.Count; i < actualPlans.Count; i++)
            checks.Add(new FieldCheck("plans (extra)", $"[{i}]", false, null, actualPlans[i].School.Name ?? "(unnamed plan)"));
        return new DocumentComparison(document, checks, score);
    }
}
