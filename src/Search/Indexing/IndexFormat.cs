namespace Analytics.Search.Indexing;

/// <summary>The version of what the index holds per document, recorded in every commit. Raise
/// <see cref="Current"/> when documents gain or change fields (a facet, a stored value): an index of an
/// older format is rebuilt by the next full sync (`plans index`, the end of `plans ingest`, an upload), and
/// a search over it says to run `plans index --rebuild`. Format 1: indexes written before the format was
/// recorded (their layout history, kept in the benchmarks' stamp before: 3 no postings offsets, 4 ids stored
/// and not indexed). Format 2: the shown province, former province and former district are stored. Format 3:
/// tones on the traditional vowel ("hòa", the product's one canonical placement), where earlier formats put
/// them on the newer one ("hoà"). Format 4: the commune-level unit (school.commune) is a match key.
/// Format 5: gap values by the one gap policy (ItemGapPolicy): no item takes its plan's gaps any more.</summary>
public static class IndexFormat
{
    public const string Key = "index-format";
    public const int Current = 5;

    /// <summary>The format a commit's user data records (1 when it records none).</summary>
    public static int Of(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(Key, out var text) && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var format)
            ? format
            : 1;

    public static string Text => Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
