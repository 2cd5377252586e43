namespace Analytics.Analysis.Classification;

/// <summary>Categories found by either of two classifiers, in contract order.</summary>
public sealed class UnionGapClassifier(IGapClassifier first, IGapClassifier second) : IGapClassifier
{
    public IReadOnlyList<string> Classify(string text)
    {
        var found = new HashSet<string>(first.Classify(text), StringComparer.Ordinal);
        found.UnionWith(second.Classify(text));
        return GapCategories.All.Where(found.Contains).ToList();
    }
}
