namespace Analytics.Cli.Web;

/// <summary>How the analysts' workspace runs: which data directory it serves, where it listens and
/// how much it accepts in one upload.</summary>
public sealed record WorkspaceOptions
{
    public required string DataDirectory { get; init; }

    /// <summary>Address to bind; loopback unless the operator says otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5080;

    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    public long MaxRequestBytes { get; init; } = 500L * 1024 * 1024;

    public int MaxFilesPerUpload { get; init; } = 1000;

    /// <summary>Upload jobs whose progress is kept; the oldest finished ones are forgotten beyond this.</summary>
    public int MaxJobsKept { get; init; } = 200;

    /// <summary>Host names the workspace answers to (the Host header); anything else is refused, so a web
    /// page whose DNS name is rebound to this machine cannot reach it. Loopback names by default.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Adds to the console logging (tests capture the log with it).</summary>
    public Action<Microsoft.Extensions.Logging.ILoggingBuilder>? ConfigureLogging { get; init; }
}
