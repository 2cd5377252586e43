using System.Collections.Concurrent;

namespace Analytics.Analysis.Classification;

/// <summary>Remembers the categories of texts already seen: plans repeat the same criterion rows and
/// weakness sentences across schools and years, so most texts in a collection are repeats.</summary>
public sealed class CachingGapClassifier(IGapClassifier inner, int capacity = 200_000) : IGapClassifier
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Classify(string text)
    {
        if (_cache.TryGetValue(text, out var known)) return known;
        var categories = inner.Classify(text);
        if (_cache.Count < capacity) _cache.TryAdd(text, categories);
        return categories;
    }
}
