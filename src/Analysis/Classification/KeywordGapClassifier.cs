using Analytics.Ingest.Normalization;

namespace Analytics.Analysis.Classification;

/// <summary>The transparent keyword baseline: <see cref="GapLexicon"/> from ingest, behind the classifier seam.</summary>
public sealed class KeywordGapClassifier : IGapClassifier
{
    public static KeywordGapClassifier Instance { get; } = new();

    public IReadOnlyList<string> Classify(string text) => GapLexicon.Classify(text);
}
