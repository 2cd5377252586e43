using System.IO.Compression;
using System.IO.Packaging;
using System.Runtime.InteropServices;
using System.Xml;
using Analytics.Ingest.Model;
using Analytics.Ingest.Pipeline;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>Reads Word 2007+ documents: body paragraphs and tables in order with headings, list labels,
/// merged cells, text boxes and content controls; headers and footers go to
/// <see cref="SourceDocument.Furniture"/>. Damaged, encrypted, oversized or bomb-like packages come back
/// as failures with a reason.</summary>
public sealed class DocxReader(IngestLimits? limits = null) : IDocumentReader
{
    /// <summary>Deepest nesting of tables, text boxes and content controls followed.</summary>
    internal const int MaxNesting = 32;

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var bytes = file.Content.Span;
        if (bytes.StartsWith(OleMagic))
            return Failure("the document is password-protected (encrypted Office file); remove the password in Word and save again");
        if (!bytes.StartsWith("PK\u0003\u0004"u8))
            return Failure("not a DOCX package (no zip header)");

        using var stream = AsStream(file.Content);
        try
        {
            if (ZipPackageGuard.Check(stream, _limits) is { } refused) return Failure(refused);
            stream.Position = 0;
            cancellationToken.ThrowIfCancellationRequested();
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return ReadDocument(file.Source, document);
        }
        catch (InvalidDataException e)
        {
            return Failure($"damaged or truncated DOCX ({e.Message.TrimEnd('.')})");
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or IOException or NotSupportedException)
        {
            return Failure($"damaged DOCX ({e.Message.TrimEnd('.')})");
        }
    }

    private static Result<SourceDocument> ReadDocument(string source, WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null) return Failure("damaged DOCX: the main document part (word/document.xml) is missing");

        var styles = new DocxStyles(main);
        var numbering = new DocxNumbering(main, styles);
        var walker = new DocxBodyWalker(source, styles, numbering);
        var blocks = DocxBodyWalker.Number(walker.Walk(body, depth: 0));

        var furniture = new List<Model.Block>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parts = main.HeaderParts.Select(p => (DocumentFormat.OpenXml.OpenXmlElement?)p.Header)
            .Concat(main.FooterParts.Select(p => (DocumentFormat.OpenXml.OpenXmlElement?)p.Footer));
        foreach (var part in parts)
        {
            if (part is null) continue;
            // Sections repeat the same header; keep each distinct text once.
            furniture.AddRange(walker.Walk(part, depth: 0).Where(b => seen.Add(BlockKey(b))));
        }

        var warnings = new List<string>();
        if (blocks.Count == 0) warnings.Add("the document body has no text");
        return new SourceDocument(source, "docx", blocks, DocxBodyWalker.Number(furniture), warnings);
    }

    private static string BlockKey(Model.Block block) => block switch
    {
        TextBlock text => text.Text,
        TableBlock table => string.Join('\u001F', table.Rows.SelectMany(r => r.Cells).Select(c => c.Text)),
        _ => "",
    };

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static Result<SourceDocument> Failure(string reason) => Result<SourceDocument>.Failure(reason);
}
