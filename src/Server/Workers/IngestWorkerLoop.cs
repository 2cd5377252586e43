using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Store;
using Analytics.Server.Jobs;
using Npgsql;

namespace Analytics.Server.Workers;

/// <summary>One ingest worker: lease a job, read it with the ingest pipeline, store the records and finish the
/// job in one transaction; repeat. The lease is renewed every third of its length while the file is read, so
/// only a worker that died (or hangs past the renewals, which cannot happen without it dying) loses its job.</summary>
public sealed class IngestWorkerLoop(JobQueue queue, ContentStore files, IFileIngest pipeline, WorkerOptions options)
{
    public event Action<string>? Log;

    /// <summary>Runs until cancelled, or with <see cref="WorkerOptions.UntilEmpty"/> until no job is queued or running.</summary>
    public async Task<WorkerTally> RunAsync(CancellationToken cancellationToken)
    {
        var tally = new WorkerTally();
        while (!cancellationToken.IsCancellationRequested)
        {
            var job = queue.Lease(options.Name, options.Lease);
            if (job is null)
            {
                if (options.UntilEmpty && queue.Progress().Finished) break;
                await Task.Delay(options.Poll, cancellationToken).ContinueWith(_ => { }, CancellationToken.None);
                continue;
            }
            Run(job, tally, cancellationToken);
        }
        return tally;
    }

    private void Run(LeasedJob job, WorkerTally tally, CancellationToken cancellationToken)
    {
        Log?.Invoke($"{options.Name}: job {job.Id} {job.Source} (attempt {job.Attempts})");
        using var renewals = new Timer(_ => queue.Renew(job.Id, options.Name, options.Lease), null, options.Lease / 3, options.Lease / 3);
        IngestOutcome outcome;
        try
        {
            outcome = pipeline.Ingest(Load(job), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outcome = IngestOutcome.Failed(job.Source, "", $"cannot read the stored file ({e.Message.TrimEnd('.')})");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outcome = IngestOutcome.Failed(job.Source, "", FailureReasons.ReaderFault(e));
        }
        renewals.Dispose();
        if (outcome.IsSuccess) Store(job, outcome, tally);
        else if (queue.Fail(job.Id, options.Name, outcome.Error!))
        {
            tally.Failed++;
            Log?.Invoke($"{options.Name}: FAILED {job.Source}: {outcome.Error}");
        }
    }

    private void Store(LeasedJob job, IngestOutcome outcome, WorkerTally tally)
    {
        try
        {
            if (!queue.Complete(job.Id, options.Name, new StoredSource(job.Source, outcome.ContentHash, DateTimeOffset.UtcNow, outcome.Records)))
            {
                Log?.Invoke($"{options.Name}: job {job.Id} was taken by another worker after its lease lapsed; not stored here");
                return;
            }
            tally.Done++;
            tally.Plans += outcome.Records.Count;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // The same content is already stored under another name: storing it twice would count it twice.
            queue.Fail(job.Id, options.Name, "Nội dung này đã được lưu dưới tên khác / the same content is already stored under another name");
            tally.Failed++;
        }
    }

    private SourceFile Load(LeasedJob job)
    {
        var pages = job.PageHashes.Select((hash, i) => new SourceFile(job.PageNames[i], files.Get(hash))).ToList();
        return pages.Count == 1 ? pages[0] with { Source = job.Source } : PageSetFile.Pack(job.Source, pages);
    }
}
