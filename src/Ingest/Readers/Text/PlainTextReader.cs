using System.Text;
using Analytics.Ingest.Model;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Readers.Text;

/// <summary>Reads plain-text plans: one paragraph per non-empty line (layout recovery to come).</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var text = VietnameseFolding.Nfc(Encoding.UTF8.GetString(file.Content.Span));
        var blocks = text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0)
            .Select((line, i) => (Block)new TextBlock(TextKind.Paragraph, line.Trim(), new Provenance(file.Source, null, i)))
            .ToList();
        return SourceDocument.Create(file.Source, "text", blocks);
    }
}
