using Analytics.Ingest.Text;

namespace Analytics.Analysis.Themes;

/// <summary>Names a cluster by its most distinctive terms: syllable pairs and single syllables (accented,
/// lower-case) frequent in the cluster and rare elsewhere (count in cluster × log inverse cluster frequency).</summary>
internal static class ThemeTerms
{
    private static readonly HashSet<string> Stop = new(ThemeStopWords.Folded, StringComparer.Ordinal);

    public static IReadOnlyList<IReadOnlyList<string>> Name(IReadOnlyList<IReadOnlyList<string>> clusters, int top)
    {
        var perCluster = clusters.Select(Count).ToList();
        var clusterFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in perCluster)
        {
            foreach (var term in counts.Keys) clusterFrequency[term] = clusterFrequency.GetValueOrDefault(term) + 1;
        }
        var names = new List<IReadOnlyList<string>>();
        foreach (var counts in perCluster)
        {
            var ranked = counts
                .Select(kv => (Term: kv.Key, Score: kv.Value * Math.Log(1.0 + (double)clusters.Count / clusterFrequency[kv.Key]) * (kv.Key.Contains(' ') ? 1.5 : 1.0)))
                .OrderByDescending(t => t.Score).ThenBy(t => t.Term, StringComparer.Ordinal);
            var chosen = new List<string>();
            foreach (var (term, _) in ranked)
            {
                if (chosen.Count == top) break;
                if (chosen.Any(c => c.Contains(term, StringComparison.Ordinal) || term.Contains(c, StringComparison.Ordinal))) continue;
                chosen.Add(term);
            }
            names.Add(chosen);
        }
        return names;
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var words = Words(sentence);
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i] is null) continue;
                seen.Add(words[i]!);
                if (i + 1 < words.Count && words[i + 1] is not null) seen.Add(words[i] + " " + words[i + 1]);
            }
            foreach (var term in seen) counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        return counts;
    }

    /// <summary>Lower-case syllables; stop words become null so pairs never span them.</summary>
    private static List<string?> Words(string sentence)
    {
        var words = new List<string?>();
        foreach (var raw in VietnameseFolding.Nfc(sentence).ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim();
            words.Add(word.Length < 2 || !word.Any(char.IsLetter) || Stop.Contains(VietnameseFolding.Fold(word)) ? null : word);
        }
        return words;
    }

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '-', '–', '/', '\t', '!', '?'];
}
