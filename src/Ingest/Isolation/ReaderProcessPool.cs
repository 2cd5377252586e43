using System.Collections.Concurrent;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Isolation;

/// <summary>Reads untrusted files in child processes, as Tika's forked parser does: a stack overflow,
/// out-of-memory, native crash or hang ends one reader and fails one file with the reason, and the next
/// file gets a fresh reader. Readers are kept between files (one per core) so a batch pays their start
/// once.</summary>
public sealed class ReaderProcessPool : IFileIngest, IDisposable
{
    private readonly WorkerCommand _command;
    private readonly ReaderPoolOptions _options;
    private readonly ConcurrentBag<ReaderProcess> _idle = [];
    private readonly SemaphoreSlim _slots;
    private long _peakBytes;
    private int _restarts;

    public ReaderProcessPool(WorkerCommand command, ReaderPoolOptions? options = null)
    {
        _command = command;
        _options = options ?? new ReaderPoolOptions();
        _slots = new SemaphoreSlim(_options.WorkerCount, _options.WorkerCount);
    }

    public IngestLimits Limits => _options.EffectiveLimits;

    /// <summary>Highest resident memory any reader reached.</summary>
    public long PeakReaderBytes => Interlocked.Read(ref _peakBytes);

    /// <summary>Readers that died or were stopped and replaced.</summary>
    public int Restarts => Volatile.Read(ref _restarts);

    public IngestOutcome Ingest(SourceFile file, CancellationToken cancellationToken = default)
    {
        var hash = IngestPipeline.ContentHash(file.Content.Span);
        if (file.Content.Length == 0) return IngestOutcome.Failed(file.Source, hash, "empty file");
        if (file.Content.Length > Limits.MaxFileBytes)
            return IngestOutcome.Failed(file.Source, hash, $"file is larger than the {Limits.MaxFileBytes / (1024 * 1024)} MB limit");

        _slots.Wait(cancellationToken);
        try
        {
            var answer = AskAnyReader(file, cancellationToken);
            return answer.Reply is { } reply
                ? new IngestOutcome(file.Source, hash, reply.Records, reply.Error)
                : IngestOutcome.Failed(file.Source, hash, answer.Failure!);
        }
        finally
        {
            _slots.Release();
        }
    }

    private ReaderAnswer AskAnyReader(SourceFile file, CancellationToken cancellationToken)
    {
        var reader = _idle.TryTake(out var idle) ? idle : ReaderProcess.Start(_command, _options);
        var kept = false;
        try
        {
            var answer = reader.Ask(new WorkerRequest(file.Source), file.Content, cancellationToken);
            kept = answer.Alive;
            return answer;
        }
        finally
        {
            InterlockedMax(reader.PeakBytes);
            if (kept)
            {
                _idle.Add(reader);
            }
            else
            {
                Interlocked.Increment(ref _restarts);
                reader.Dispose();
            }
        }
    }

    private void InterlockedMax(long bytes)
    {
        var seen = Interlocked.Read(ref _peakBytes);
        while (bytes > seen && Interlocked.CompareExchange(ref _peakBytes, bytes, seen) != seen) seen = Interlocked.Read(ref _peakBytes);
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var reader)) reader.Dispose();
        _slots.Dispose();
    }
}
