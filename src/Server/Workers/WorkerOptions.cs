namespace Analytics.Server.Workers;

/// <summary>A worker's name (in leases: which machine and process holds a job), lease length, idle poll interval.</summary>
public sealed record WorkerOptions(string Name, TimeSpan Lease, TimeSpan Poll, bool UntilEmpty)
{
    public static string DefaultName() => $"{Environment.MachineName}:{Environment.ProcessId}";
}
