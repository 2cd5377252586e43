namespace Analytics.Analysis.Classification;

/// <summary>Assigns facility-gap categories (contract codes, multi-label) to one item or weakness text.
/// Implementations are thread-safe.</summary>
public interface IGapClassifier
{
    IReadOnlyList<string> Classify(string text);
}
