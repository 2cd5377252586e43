using System.CommandLine;
using Analytics.Ingest;
using Analytics.Ingest.Isolation;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Review;
using Analytics.Ingest.Store;
using Analytics.Search.Indexing;

namespace Analytics.Cli.Commands;

/// <summary>`plans ingest PATH...`: read files and folders, store one record per plan, report failures.
/// Exit status: 0 all files ingested, 1 some failed, 2 usage error (a path that does not exist, nothing to read),
/// 3 another process kept the data folder's writer lock past --wait. Each stored source goes to the search
/// index at once (committed every few seconds), so a run that dies leaves what it stored searchable.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files read at once (default: one per core)" };
        var wait = WriterLockCommand.WaitOption();
        var inProcess = new Option<bool>("--in-process") { Description = "Read files in this process instead of reader processes (faster to start; a crashing file stops the batch)" };
        var timeout = new Option<double>("--file-timeout") { Description = "Seconds one file may take over every stage (default 600)" };
        var command = new Command("ingest", "Read plans from files and folders and store their records") { paths, jobs, wait, inProcess, timeout };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var data = CommonOptions.ResolveData(parseResult);
            var (files, missing) = InputWalker.Walk(parseResult.GetValue(paths) ?? [], excludeDirectory: data);
            foreach (var path in missing) Console.Error.WriteLine($"plans ingest: no such file or folder: {path}");
            if (missing.Count > 0) return ExitCodes.Usage;
            if (files.Count == 0)
            {
                Console.Error.WriteLine("plans ingest: no files to read (hidden files and the data folder are skipped)");
                return ExitCodes.Usage;
            }

            using var writer = WriterLockCommand.Take(data, "ingest", parseResult.GetValue(wait), cancellationToken);
            if (writer is null) return ExitCodes.Busy;
            var seconds = parseResult.GetValue(timeout);
            var limits = seconds > 0 ? IngestLimits.Default with { FileDeadline = TimeSpan.FromSeconds(seconds) } : IngestLimits.Default;
            var workers = parseResult.GetValue(jobs);
            // The photographed pages of one plan (kh-p1.jpg, kh-p2.jpg…) are read together as one document.
            var inputs = InputPageSets.Group(files);
            var pool = new ReaderPoolOptions(workers, Limits: limits);
            using var readers = parseResult.GetValue(inProcess)
                ? null
                : new ReaderProcessPool(ReadWorkerCommand.Launch(limits, pool.OcrEnginesPerReader(inputs.Count)), pool);
            IFileIngest reader = readers ?? (IFileIngest)DefaultPipeline.Create(limits);
            foreach (var set in inputs.Where(i => i.Pages is not null))
                Console.WriteLine($"{set.Source}: {set.Pages!.Count} page images read as one document ({string.Join(", ", set.Pages.Select(p => Path.GetFileName(p.Path)))})");
            var store = new RecordStore(data);
            var ingestor = new BatchIngestor(reader, store, new BatchOptions(workers));
            using var live = new LiveIndexer(data, TimeSpan.FromSeconds(2));
            using var progress = new ProgressLine(inputs.Count);
            var ingested = new System.Collections.Concurrent.ConcurrentBag<StoredSource>();
            var summary = await ingestor.RunAsync(inputs, report =>
            {
                if (report.IsSuccess && store.Get(report.File.Source) is { } stored)
                {
                    live.Add(stored);
                    ingested.Add(stored);
                }
                if (report.IsSuccess) progress.Advance();
                else progress.Advance($"FAILED {report.File.Source}: {report.Error}");
            }, cancellationToken);
            progress.Finish();

            Console.WriteLine($"Ingested {summary.Succeeded} of {summary.Files} files ({summary.Plans} plans), {summary.Failed} failed, in {summary.Elapsed.TotalSeconds:0.0} s; data: {data}");
            Console.WriteLine(ReviewLine.Of(ReviewSummary.Of(ReviewFlags.Of(ingested.SelectMany(s => s.Records)))));
            // Search and reports scoped by a query read the index: bring it fully in line with the store now.
            var synced = live.Finish(store);
            Console.WriteLine($"Search index: {live.Written} sources written as they were stored; final sync: {(synced.UpgradedFrom is { } old ? $"rebuilt from index format {old} to {IndexFormat.Current}: " : "")}{synced.Added} added, {synced.Replaced} replaced, {synced.Deleted} deleted");
            DamagedRecords.Report("ingest", store);
            return summary.AllSucceeded ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
