using System.Diagnostics;
using System.Globalization;
using Analytics.Ingest.Pipeline;

namespace Analytics.Ingest.Isolation;

/// <summary>One reader child process: it is sent a file, answers with the file's plans, and is watched
/// meanwhile for its deadline and its memory. A reader that dies, hangs or grows too big is stopped and
/// the file gets the reason; the process is then not used again.</summary>
internal sealed class ReaderProcess : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly StderrTail _stderr;
    private readonly ReaderPoolOptions _options;

    private ReaderProcess(Process process, ReaderPoolOptions options)
    {
        _process = process;
        _options = options;
        _stderr = new StderrTail(process);
    }

    /// <summary>Highest resident memory seen for this reader.</summary>
    public long PeakBytes { get; private set; }

    public static ReaderProcess Start(WorkerCommand command, ReaderPoolOptions options)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments) start.ArgumentList.Add(argument);
        // The heap limit turns a memory bomb into an OutOfMemoryException the reader reports itself.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.MemoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        // A reader lives for one batch and its code is precompiled (ReadyToRun.props): recompiling its hot methods in
        // tiers (call counting, an instrumented tier, then the optimised one) cost more CPU than it saved (−17 % of a
        // two-file scanned ingest with tiering off, benchmarks/RESULTS.md, session 10).
        start.Environment["DOTNET_TieredCompilation"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command.FileName}");
        return new ReaderProcess(process, options);
    }

    public ReaderAnswer Ask(WorkerRequest request, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            var input = _process.StandardInput.BaseStream;
            WorkerFrames.Write(input, WorkerJson.Encode(request));
            WorkerFrames.Write(input, content.Span);
        }
        catch (IOException)
        {
            return ReaderAnswer.Died(Death());
        }
        var reply = Task.Run(() => WorkerFrames.Read(_process.StandardOutput.BaseStream), CancellationToken.None);
        return Watch(reply, cancellationToken);
    }

    private ReaderAnswer Watch(Task<byte[]?> reply, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var deadline = _options.EffectiveLimits.FileDeadline + ReaderPoolOptions.Grace;
        while (!reply.Wait(PollInterval))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Kill();
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (clock.Elapsed > deadline) return Stop(FailureReasons.NoAnswer(_options.EffectiveLimits.FileDeadline));
            if (ResidentBytes() > _options.ResidentLimitBytes) return Stop(FailureReasons.MemoryLimit(_options.ResidentLimitBytes));
        }
        ResidentBytes();
        if (reply.IsFaulted) return Stop(FailureReasons.Crashed("câu trả lời hỏng / broken reply"));
        if (reply.Result is not { } payload) return ReaderAnswer.Died(Death());
        var answer = WorkerJson.Decode<WorkerReply>(payload);
        // A reader that ran out of memory says so and exits; it is not asked again.
        return new ReaderAnswer(answer, null, answer.Error != FailureReasons.OutOfMemory);
    }

    private long ResidentBytes()
    {
        try
        {
            _process.Refresh();
            var bytes = _process.HasExited ? 0 : _process.WorkingSet64;
            PeakBytes = Math.Max(PeakBytes, bytes);
            return bytes;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited between the check and the read
        }
    }

    private ReaderAnswer Stop(string reason)
    {
        Kill();
        return ReaderAnswer.Died(reason);
    }

    /// <summary>Why the process ended without answering, from how it ended and what it last wrote.</summary>
    private string Death()
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) Kill();
        _process.WaitForExit();
        return ReaderDeath.Explain(_process.ExitCode, _stderr.Text);
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close(); // a reader ends when its input ends
            if (!_process.WaitForExit(TimeSpan.FromSeconds(2))) Kill();
        }
        catch (IOException)
        {
            Kill();
        }
        _process.Dispose();
    }
}
