using Analytics.Ingest.Model;

namespace Analytics.Ingest.Pipeline;

/// <summary>One step between reading and parsing (text repair, OCR post-processing…).
/// Stages are stateless or thread-safe: a pipeline is built once and shared.</summary>
public interface IDocumentStage
{
    SourceDocument Apply(SourceDocument document);
}
