using System.CommandLine;
using Analytics.Ingest;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Pipeline;
using Analytics.Server.Database;
using Analytics.Server.Jobs;
using Analytics.Server.Workers;

namespace Analytics.Cli.Commands;

/// <summary>`plans worker --server CONN [--files DIR]`: one ingest worker; start any number, on any machine
/// that reaches the database and the file store. Reads in its own process: a file that kills it costs its
/// lease, and the job is taken again (up to three attempts).</summary>
internal static class IngestWorkerCommand
{
    public static Command Create()
    {
        var server = ServerOptions.Server();
        var files = ServerOptions.Files();
        var name = new Option<string?>("--name") { Description = "Name in the job leases (default: HOST:PID)" };
        var lease = new Option<double>("--lease") { Description = "Seconds a job is held before another worker may take it, renewed while reading (default 60)", DefaultValueFactory = _ => 60 };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop when no job is queued or running (default: wait for more)" };
        var timeout = new Option<double>("--file-timeout") { Description = "Seconds one file may take over every stage (default 600)" };
        var threads = new Option<int>("--threads")
        {
            Description = "Pages this worker OCRs at once (default: one per core). Several workers on one machine: give each a share of the cores",
        };
        var command = new Command("worker", "Take ingest jobs from the server's queue, read them and store their records") { server, files, name, lease, untilEmpty, timeout, threads };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (ServerOptions.Resolve(parseResult, server, "worker") is not { } connection) return ExitCodes.Usage;
            using var database = ServerDatabase.Open(connection);
            var seconds = parseResult.GetValue(timeout);
            var limits = seconds > 0 ? IngestLimits.Default with { FileDeadline = TimeSpan.FromSeconds(seconds) } : IngestLimits.Default;
            var options = new WorkerOptions(parseResult.GetValue(name) ?? WorkerOptions.DefaultName(),
                TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(lease))), TimeSpan.FromSeconds(1), parseResult.GetValue(untilEmpty));
            var pages = parseResult.GetValue(threads);
            using var ocr = pages > 0 ? new OcrEnginePool(OcrOptions.Default with { Workers = pages }) : null;
            var pipeline = DefaultPipeline.Create(limits, ocr);
            var loop = new IngestWorkerLoop(new JobQueue(database), ServerOptions.ResolveFiles(parseResult, files), pipeline, options);
            loop.Log += line => Console.WriteLine(line);
            Console.WriteLine($"Worker {options.Name}: waiting for jobs");
            var tally = await loop.RunAsync(cancellationToken);
            Console.WriteLine($"Worker {options.Name}: {tally.Done} stored ({tally.Plans} plans), {tally.Failed} failed");
            return ExitCodes.Success;
        });
        return command;
    }
}
