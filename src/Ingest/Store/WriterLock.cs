using System.Diagnostics;
using System.Globalization;

namespace Analytics.Ingest.Store;

/// <summary>The one-writer rule of a data folder: whoever changes the record store or the index (ingest,
/// index, the workspace's uploads) holds DATA/writer.lock, an operating-system lock taken by opening the file
/// with no sharing. The OS drops it when the holder's process ends, killed or not, so a lock left by a dead
/// process is simply free again: nothing to detect or delete. The holder writes who it is into the file and
/// into writer.lock.holder beside it (a waiting process cannot read the locked file itself: .NET takes a
/// shared lock to read it).</summary>
public sealed class WriterLock : IDisposable
{
    public const string FileName = "writer.lock";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _file;

    private WriterLock(FileStream file, LockHolder holder)
    {
        _file = file;
        Holder = holder;
    }

    public LockHolder Holder { get; }

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> while another writer holds it;
    /// <paramref name="onWait"/> is told once who that is. Null when the wait ran out.</summary>
    public static WriterLock? Acquire(string dataDirectory, string command, TimeSpan wait, Action<LockHolder?>? onWait = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryOpen(path) is { } file) return Own(file, path, command);
            if (!told)
            {
                onWait?.Invoke(CurrentHolder(dataDirectory));
                told = true;
            }
            if (clock.Elapsed >= wait) return null;
            cancellationToken.WaitHandle.WaitOne(Poll);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Who last took the lock (the current holder while it is held), or null if nobody has.</summary>
    public static LockHolder? CurrentHolder(string dataDirectory)
    {
        try
        {
            return LockHolder.Parse(File.ReadAllText(HolderPath(Path.Combine(dataDirectory, FileName))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null; // held by another writer (a sharing violation)
        }
    }

    private static WriterLock Own(FileStream file, string path, string command)
    {
        var holder = new LockHolder(Environment.ProcessId, Environment.MachineName, command, DateTimeOffset.UtcNow);
        var text = System.Text.Encoding.UTF8.GetBytes(holder.ToString());
        file.SetLength(0);
        file.Write(text);
        file.Flush(flushToDisk: true);
        var temporary = HolderPath(path) + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temporary, text);
        File.Move(temporary, HolderPath(path), overwrite: true);
        return new WriterLock(file, holder);
    }

    private static string HolderPath(string lockPath) => lockPath + ".holder";

    public void Dispose() => _file.Dispose();
}

/// <summary>Who holds (or last held) a data folder's writer lock.</summary>
public sealed record LockHolder(int ProcessId, string Host, string Command, DateTimeOffset Since)
{
    public override string ToString() =>
        $"{ProcessId}\n{Host}\n{Command}\n{Since.ToString("O", CultureInfo.InvariantCulture)}\n";

    /// <summary>"`plans ingest` (process 4242 on host-a, since 01:02:03 UTC)".</summary>
    public string Describe() =>
        $"`plans {Command}` (process {ProcessId} on {Host}, since {Since.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)";

    public static LockHolder? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 4 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return null;
        return DateTimeOffset.TryParse(lines[3], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since)
            ? new LockHolder(pid, lines[1], lines[2], since)
            : null;
    }
}
