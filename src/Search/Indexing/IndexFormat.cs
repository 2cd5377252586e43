namespace Analytics.Search.Indexing;

/// <summary>The version of what the index holds per document, recorded in every commit. Raise
/// <see cref="Current"/> when documents gain or change fields (a facet, a stored value): an index of an
/// older format is rebuilt by the next full sync (`plans index`, the end of `plans ingest`, an upload), and
/// a search over it says to run `plans index --rebuild`. Format 1: indexes written before the format was
/// recorded. Format 2: the shown province, former province and former district are stored.</summary>
public static class IndexFormat
{
    public const string Key = "index-format";
    public const int Current = 2;

    /// <summary>The format a commit's user data records (1 when it records none).</summary>
    public static int Of(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(Key, out var text) && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var format)
            ? format
            : 1;

    public static string Text => Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
