using System.Text;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Records;
using Analytics.Ingest.Tests.Golden;

namespace Analytics.Ingest.Tests.Twins;

/// <summary>What a twin got wrong, key by key (missing from the reading, or read but not expected), for the
/// criterion, budget, timeline and assessment keys that <see cref="TwinScore"/> counts. Printed by the twin test
/// when TWINS_DIFF is set, so a developer sees which cells an OCR change mended or broke.</summary>
public static class TwinDiff
{
    public const string Variable = "TWINS_DIFF";

    public static bool Wanted => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };

    public static string Of(ExpectedOutcome expected, IngestOutcome outcome)
    {
        IReadOnlyList<PlanRecord> found = outcome.IsSuccess ? outcome.Records : [];
        var wanted = expected.Plans;
        var text = new StringBuilder();
        Keys(text, "budget", wanted, found, i => $"{ItemPairing.Key(i)}|{i.Budget?.Vnd}");
        Keys(text, "timeline", wanted, found, i => $"{ItemPairing.Key(i)}|{i.Timeline?.Start}|{i.Timeline?.End}");
        Differ(text, "assessment", wanted.SelectMany(p => p.Assessments).Select(a => $"{a.Criterion?.Trim()}|{a.Result}"),
            found.SelectMany(p => p.Assessments).Select(a => $"{a.Criterion?.Trim()}|{a.Result}"));
        return text.ToString();
    }

    private static void Keys(StringBuilder text, string label, IReadOnlyList<PlanRecord> wanted, IReadOnlyList<PlanRecord> found,
        Func<PlanItem, string> key) =>
        Differ(text, label, wanted.SelectMany(p => p.Items).Select(key), found.SelectMany(p => p.Items).Select(key));

    private static void Differ(StringBuilder text, string label, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var left = expected.ToList();
        var extra = new List<string>();
        foreach (var key in actual)
        {
            if (!left.Remove(key)) extra.Add(key);
        }
        if (left.Count > 0) text.AppendLine($"    {label} missing: {string.Join("; ", left)}");
        if (extra.Count > 0) text.AppendLine($"    {label} extra:   {string.Join("; ", extra)}");
    }
}
