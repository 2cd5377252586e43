using Analytics.Analysis.Classification;

namespace Analytics.Analysis.Tests;

/// <summary>The keyword baseline under test: GapLexicon from ingest.</summary>
internal static class TestLexicon
{
    public static IGapClassifier? Baseline => KeywordGapClassifier.Instance;
}
