namespace Analytics.Search.Indexing;

/// <summary>Where the index lives: DATA/index.</summary>
public static class IndexLocation
{
    public const string Folder = "index";

    public static string For(string dataDirectory) => Path.Combine(dataDirectory, Folder);

    public static bool Exists(string dataDirectory) =>
        System.IO.Directory.Exists(For(dataDirectory)) &&
        System.IO.Directory.EnumerateFiles(For(dataDirectory), "segments_*").Any();
}
