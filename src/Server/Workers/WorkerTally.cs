namespace Analytics.Server.Workers;

/// <summary>What a worker did: jobs stored, jobs refused, plans stored.</summary>
public sealed class WorkerTally
{
    public int Done { get; set; }
    public int Failed { get; set; }
    public int Plans { get; set; }
}
