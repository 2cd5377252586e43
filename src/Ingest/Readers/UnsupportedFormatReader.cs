using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers;

/// <summary>Stands in for a format we recognise but do not read, so the user learns why and what to do
/// ("legacy Word .doc is not supported; save as .docx") instead of a bare "unsupported format".</summary>
public sealed class UnsupportedFormatReader(string reason) : IDocumentReader
{
    public string Reason { get; } = reason;

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default) =>
        Result<SourceDocument>.Failure(Reason);
}
