using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers;

/// <summary>Turns one file of a given format into the format-neutral document model.</summary>
public interface IDocumentReader
{
    /// <summary>Reads the file; a corrupt, encrypted or empty file is a failure with a reason.</summary>
    Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default);
}
