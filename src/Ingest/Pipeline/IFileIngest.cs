namespace Analytics.Ingest.Pipeline;

/// <summary>Turns one file into its plans or the reason it has none: the pipeline itself, in this process,
/// or a pool of reader processes that runs it where a crash costs one file only.</summary>
public interface IFileIngest
{
    IngestLimits Limits { get; }

    IngestOutcome Ingest(Readers.SourceFile file, CancellationToken cancellationToken = default);
}
