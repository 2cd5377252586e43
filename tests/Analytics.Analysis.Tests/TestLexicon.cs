using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Tests;

/// <summary>The keyword baseline under test: GapLexicon once it is on main, none before.</summary>
internal static class TestLexicon
{
    public static IGapClassifier? Baseline => null;
}
