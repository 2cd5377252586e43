using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Reads plain-text plans (UTF-8, UTF-16, Windows-1258) into the document model, recovering
/// headings, paragraphs, list items and tables from the text's layout.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var decoded = TextDecoder.Decode(file.Content.Span);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return Result<SourceDocument>.Failure($"{file.Source}: no text in the file");

        var blocks = new TextLayoutBuilder(file.Source).Build(decoded.Text, cancellationToken);
        var warnings = decoded.WasGuessed
            ? [$"{file.Source}: no byte-order mark and not UTF-8; read as {decoded.EncodingName}"]
            : Array.Empty<string>();
        return new SourceDocument(file.Source, "text", blocks, [], warnings);
    }
}
