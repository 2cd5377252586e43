using System.Globalization;

namespace Analytics.Ingest.Store;

/// <summary>The change counter of a record store, in DATA/store.version. Only the holder of the writer
/// lock changes the store, so a read-increment-write under an in-process lock is enough; the file is
/// replaced by rename, so a reader sees the old or the new number, never a torn one.</summary>
internal sealed class StoreVersion(string dataDirectory)
{
    private static readonly Lock Gate = new();
    private readonly string _path = Path.Combine(dataDirectory, "store.version");

    public long Read()
    {
        try
        {
            return long.TryParse(File.ReadAllText(_path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return 0;
        }
    }

    public void Advance()
    {
        lock (Gate)
        {
            var next = (Read() + 1).ToString(CultureInfo.InvariantCulture);
            var temporary = _path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, next);
            File.Move(temporary, _path, overwrite: true);
        }
    }
}
