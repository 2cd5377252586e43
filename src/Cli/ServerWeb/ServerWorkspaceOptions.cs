namespace Analytics.Cli.ServerWeb;

/// <summary>How `plans serve --server` runs: the database, this node's local folder (its derived Lucene
/// index), the shared file store for uploads, and where it listens.</summary>
public sealed record ServerWorkspaceOptions
{
    public required string ConnectionString { get; init; }
    public required string NodeDirectory { get; init; }
    public required string FilesDirectory { get; init; }
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 5080;
    public IReadOnlyList<string> AllowedHosts { get; init; } = ["localhost", "127.0.0.1", "::1"];
    /// <summary>How often the node polls the change feed (a restart catches up at once).</summary>
    public TimeSpan FeedPoll { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Cookies only over HTTPS: set behind a TLS-terminating proxy (see the README).</summary>
    public bool SecureCookies { get; init; }
}
