namespace Analytics.Ingest.Readers;

/// <summary>One input as handed to a reader: the name it is known by and its bytes.</summary>
/// <param name="Source">The file name as ingested (relative to the ingest root when known).</param>
/// <param name="Content">The whole file. Inputs are size-guarded before they get here.</param>
public sealed record SourceFile(string Source, ReadOnlyMemory<byte> Content)
{
    public static SourceFile FromPath(string path, string? source = null) =>
        new(source ?? Path.GetFileName(path), File.ReadAllBytes(path));
}
