using Analytics.Ingest.Records;

namespace Analytics.Analysis.Aggregates;

/// <summary>A plan with the gap categories of each of its items and weaknesses resolved, and the key of
/// the school it belongs to (several plans of one school count as one school).</summary>
public sealed record AnalysedPlan(
    PlanRecord Record,
    string SchoolKey,
    string SchoolName,
    IReadOnlyList<IReadOnlyList<string>> ItemGaps,
    IReadOnlyList<IReadOnlyList<string>> WeaknessGaps,
    IReadOnlySet<string> PlanGaps);
