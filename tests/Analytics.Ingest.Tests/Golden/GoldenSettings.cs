namespace Analytics.Ingest.Tests.Golden;

/// <summary>The one switch for the golden corpus tests (trait Category=Golden).</summary>
public static class GoldenSettings
{
    /// <summary>Skip reason for the per-document golden theory and the corpus F1 test while the plan parser
    /// is a placeholder. Set to null to run them.</summary>
    public const string? Skip = null;

    /// <summary>Item-level F1 the corpus should reach (the foundation issue's goal).</summary>
    public const double GoalItemF1 = 0.95;

    /// <summary>What the test enforces: the goal itself, reached on 2026-11-25 (F1 1.000 over 23 documents,
    /// 164 items); still 1.000 over 31 documents, 208 items, after the eight held-out documents joined
    /// (their unseen figure, 0.977, is in corpus/README.md).</summary>
    public const double FloorItemF1 = GoalItemF1;

    /// <summary>Per document, the share of compared fields that must match, gap categories left out
    /// (those are a classification, judged by their own accuracy tests).</summary>
    public const double MinimumDocumentFieldAccuracy = 0.80;
}
