namespace Analytics.Ingest.Store;

/// <summary>Writes a file's bytes and flushes them to the disk before returning, so a rename that follows
/// never publishes a file whose contents a power cut could still lose.</summary>
internal static class DurableFile
{
    public static void Write(string path, ReadOnlySpan<byte> head, ReadOnlySpan<byte> body)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        file.Write(head);
        file.Write(body);
        file.Flush(flushToDisk: true);
    }
}
