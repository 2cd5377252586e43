namespace Analytics.Ingest.Isolation;

/// <summary>How to start one reader process: an executable and its arguments (for the product, the
/// `plans` executable in its hidden `read-worker` mode).</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments);
