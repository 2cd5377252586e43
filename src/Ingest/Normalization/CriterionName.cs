namespace Analytics.Ingest.Normalization;

/// <summary>A criterion name prepared for matching: its folded syllables and syllable pairs.</summary>
internal sealed class CriterionName
{
    // Syllables too common in the genre to say which criterion a text is about.
    private static readonly HashSet<string> Common = ["va", "cac", "cua", "cho", "voi", "doi", "trong", "theo", "tieu", "chi", "chuan", "nha", "truong"];

    private readonly string[] _words;
    private readonly string[] _pairs;

    public CriterionName(string name)
    {
        var all = Words(name);
        _words = all.Where(w => !Common.Contains(w)).Distinct().ToArray();
        _pairs = Pairs(all).Distinct().ToArray();
    }

    public static string[] Words(string text) =>
        Analytics.Ingest.Text.VietnameseFolding.Fold(text)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetter))
            .ToArray();

    public static IEnumerable<string> Pairs(string[] words)
    {
        for (var i = 0; i + 1 < words.Length; i++) yield return words[i] + " " + words[i + 1];
    }

    /// <summary>Share of the name's syllables and syllable pairs found in the text, times a factor that
    /// falls from 1 to 0.6 as the name covers less of the text.</summary>
    public double Score(HashSet<string> textWords, HashSet<string> textPairs, int textLength)
    {
        if (_words.Length == 0) return 0;
        var wordHits = _words.Count(textWords.Contains);
        var pairHits = _pairs.Count(textPairs.Contains);
        var recall = _pairs.Length == 0
            ? (double)wordHits / _words.Length
            : 0.5 * wordHits / _words.Length + 0.5 * pairHits / _pairs.Length;
        var coverage = Math.Min(1.0, (double)(_words.Length + 1) / Math.Max(1, textLength));
        return recall * (0.6 + 0.4 * coverage);
    }

    private static readonly char[] Separators =
        [' ', '\t', '\n', '\r', ',', '.', ';', ':', '-', '–', '(', ')', '/', '"', '“', '”', '\'', '…', '!', '?', '*', '<', '>', '[', ']'];
}
