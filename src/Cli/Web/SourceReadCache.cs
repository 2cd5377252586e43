using System.Collections.Concurrent;
using Analytics.Ingest;
using Analytics.Ingest.Model;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;

namespace Analytics.Cli.Web;

/// <summary>What reading an uploaded source gave (its text, tables, OCR'd pages), kept per uploaded file
/// so the plan page shows it without reading again: OCR of a scan takes 20 s or more and a .doc goes
/// through LibreOffice. Keyed on the file's path, size and write time (a replaced upload is read anew);
/// the oldest entries go beyond a small bound, and concurrent views of one source share one read.</summary>
internal sealed class SourceReadCache
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, Lazy<Result<SourceDocument>>> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly IngestPipeline _pipeline = DefaultPipeline.Create();
    private int _readsDone;

    /// <summary>How many sources were actually read (not served from the cache) since start.</summary>
    public int ReadsDone => Volatile.Read(ref _readsDone);

    public Result<SourceDocument> Read(string uploadPath, SourceFile file)
    {
        var info = new FileInfo(uploadPath);
        var key = $"{uploadPath}\u0000{info.Length}\u0000{info.LastWriteTimeUtc.Ticks}";
        var read = _reads.GetOrAdd(key, _ =>
        {
            _order.Enqueue(key);
            return new Lazy<Result<SourceDocument>>(() =>
            {
                Interlocked.Increment(ref _readsDone);
                return _pipeline.Read(file);
            });
        });
        while (_reads.Count > Capacity && _order.TryDequeue(out var oldest)) _reads.TryRemove(oldest, out _);
        return read.Value;
    }
}
