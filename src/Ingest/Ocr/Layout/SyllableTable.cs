using System.Collections.Frozen;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>How common each Vietnamese syllable is (log2 of its count in Vietnamese Wikipedia, built by
/// scripts/build-syllable-counts.py). Lower-case NFC keys; 0 for a syllable never seen.</summary>
internal static class SyllableTable
{
    private static readonly Lazy<FrozenDictionary<string, int>> Table = new(Load);

    public static int Frequency(string syllable) =>
        Table.Value.GetValueOrDefault(syllable.ToLowerInvariant());

    private static FrozenDictionary<string, int> Load()
    {
        using var stream = typeof(SyllableTable).Assembly.GetManifestResourceStream("Analytics.Ingest.Ocr.syllables.tsv")
            ?? throw new InvalidOperationException("syllables.tsv is not embedded in Analytics.Ingest");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), out var frequency)) table[line[..tab]] = frequency;
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
