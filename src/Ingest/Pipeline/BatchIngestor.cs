using System.Diagnostics;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Store;

namespace Analytics.Ingest.Pipeline;

/// <summary>What happened to one file of a batch.</summary>
public sealed record FileReport(InputFile File, int Plans, string? Error, TimeSpan Elapsed)
{
    public bool IsSuccess => Error is null;
}

/// <summary>Totals of a batch.</summary>
public sealed record BatchSummary(int Files, int Succeeded, int Failed, int Plans, TimeSpan Elapsed)
{
    public bool AllSucceeded => Failed == 0;
}

/// <summary>Options of a batch: how many files are read at once (0 = one per core).</summary>
public sealed record BatchOptions(int MaxParallelism = 0);

/// <summary>The ingest loop shared by the CLI and any other front end: read each file, run the pipeline,
/// store the plans. Files run in parallel with bounded concurrency. A file that fails — unreadable,
/// unsupported, not a plan, or a bug in a reader — is reported and skipped; it never stops the batch and
/// never touches what the store already holds for it (the store replaces a source only on success).</summary>
public sealed class BatchIngestor(IFileIngest pipeline, RecordStore store, BatchOptions? options = null)
{
    private readonly BatchOptions _options = options ?? new BatchOptions();

    /// <param name="onFile">Called once per file as it finishes, from worker threads.</param>
    public async Task<BatchSummary> RunAsync(IReadOnlyList<InputFile> files, Action<FileReport>? onFile = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        int succeeded = 0, failed = 0, plans = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.MaxParallelism > 0 ? _options.MaxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(files, parallel, (file, token) =>
        {
            var report = IngestOne(file, token);
            if (report.IsSuccess)
            {
                Interlocked.Increment(ref succeeded);
                Interlocked.Add(ref plans, report.Plans);
            }
            else
            {
                Interlocked.Increment(ref failed);
            }
            onFile?.Invoke(report);
            return ValueTask.CompletedTask;
        });
        return new BatchSummary(files.Count, succeeded, failed, plans, clock.Elapsed);
    }

    /// <summary>Ingests and stores one file; every failure comes back as a report with a reason.</summary>
    public FileReport IngestOne(InputFile file, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        FileReport Failed(string reason) => new(file, 0, reason, clock.Elapsed);

        SourceFile input;
        try
        {
            if (TooLarge(file.Pages ?? [file]) is { } large)
                return Failed($"{(file.Pages is null ? "file" : large.Source)} is larger than the {pipeline.Limits.MaxFileBytes / (1024 * 1024)} MB limit");
            input = file.Pages is null
                ? new SourceFile(file.Source, File.ReadAllBytes(file.Path))
                : PageSetFile.Pack(file.Source, file.Pages.Select(p => new SourceFile(p.Source, File.ReadAllBytes(p.Path))).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"cannot read the file ({e.Message.TrimEnd('.')})");
        }

        IngestOutcome outcome;
        try
        {
            outcome = pipeline.Ingest(input, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (OutOfMemoryException)
        {
            return Failed(FailureReasons.OutOfMemory);
        }
        catch (Exception e)
        {
            // A reader bug on strange input must cost one file, not the batch.
            return Failed(FailureReasons.ReaderFault(e));
        }
        if (!outcome.IsSuccess) return Failed(outcome.Error!);

        try
        {
            store.Put(new StoredSource(file.Source, outcome.ContentHash, DateTimeOffset.UtcNow, outcome.Records));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"cannot store the records ({e.Message.TrimEnd('.')})");
        }
        return new FileReport(file, outcome.Records.Count, null, clock.Elapsed);
    }

    /// <summary>The first file past the size limit; each page of a page set is held to it on its own.</summary>
    private InputFile? TooLarge(IEnumerable<InputFile> files) =>
        files.FirstOrDefault(f => new FileInfo(f.Path).Length > pipeline.Limits.MaxFileBytes);
}
