using System.CommandLine;
using Analytics.Ingest.Store;

namespace Analytics.Cli.Commands;

/// <summary>How a writing command (ingest, index) takes the data folder's writer lock: it waits while
/// another process writes, saying once who that is, and gives up with a message after --wait seconds.</summary>
internal static class WriterLockCommand
{
    public const int DefaultWaitSeconds = 600;

    public static Option<int> WaitOption() => new("--wait")
    {
        Description = $"Seconds to wait while another process (ingest, index, the workspace) writes to the data folder (default {DefaultWaitSeconds})",
        DefaultValueFactory = _ => DefaultWaitSeconds,
    };

    /// <summary>The lock, or null (after a message on stderr) when the wait ran out.</summary>
    public static WriterLock? Take(string data, string command, int waitSeconds, CancellationToken cancellationToken = default)
    {
        var seconds = Math.Max(0, waitSeconds);
        var held = WriterLock.Acquire(data, command, TimeSpan.FromSeconds(seconds), holder =>
            Console.Error.WriteLine($"plans {command}: waiting up to {seconds} s for {Who(holder)} to finish writing to {data}"), cancellationToken);
        if (held is null)
            Console.Error.WriteLine($"plans {command}: gave up after {seconds} s: {Who(WriterLock.CurrentHolder(data))} is still writing to {data}; nothing was changed.");
        return held;
    }

    private static string Who(LockHolder? holder) => holder?.Describe() ?? "another process";
}
