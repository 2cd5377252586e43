namespace Analytics.Ingest.Tests.Golden;

/// <summary>The one switch for the golden corpus tests (trait Category=Golden).</summary>
public static class GoldenSettings
{
    /// <summary>Skip reason for the per-document golden theory and the corpus F1 test while the plan parser
    /// is a placeholder. Set to null to run them.</summary>
    public const string? Skip = "parser not landed yet";

    /// <summary>Item-level F1 the corpus must reach.</summary>
    public const double MinimumItemF1 = 0.95;
}
