using System.IO.Packaging;
using System.Runtime.InteropServices;
using System.Xml;
using Analytics.Ingest.Model;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Ingest.Readers.Xlsx;

/// <summary>Reads Excel 2007+ workbooks into the same model as a Word plan: each visible sheet in
/// workbook order, its table as a <see cref="TableBlock"/> with merged cells as spans and the text
/// around it as paragraphs (see <see cref="XlsxLayout"/>); cells show what Excel shows (see
/// <see cref="XlsxNumberFormat"/>). Hidden sheets are skipped. Damaged, oversized or bomb-like packages
/// and sheets past the cell limit come back as failures with a reason.</summary>
public sealed class XlsxReader(IngestLimits? limits = null) : IDocumentReader
{
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (!file.Content.Span.StartsWith("PK\u0003\u0004"u8)) return Failure("not an Excel workbook (no zip header)");
        using var stream = AsStream(file.Content);
        try
        {
            if (ZipPackageGuard.Check(stream, _limits) is { } refused) return Failure(refused);
            stream.Position = 0;
            using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
            return ReadWorkbook(file.Source, workbook, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            return Failure($"damaged or truncated Excel workbook ({e.Message.TrimEnd('.')})");
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or IOException or NotSupportedException or InvalidOperationException)
        {
            return Failure($"damaged Excel workbook ({e.Message.TrimEnd('.')})");
        }
    }

    private Result<SourceDocument> ReadWorkbook(string source, SpreadsheetDocument document, CancellationToken cancellationToken)
    {
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbook is null || sheets is null) return Failure("damaged Excel workbook: the workbook part (xl/workbook.xml) is missing");

        var text = new XlsxCellText(workbook);
        var blocks = new List<Block>();
        var budget = _limits.MaxSpreadsheetCells;
        foreach (var sheet in sheets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Hidden sheets hold lookup lists and old drafts, not the plan the school sent.
            if (sheet.State?.Value is { } state && state != SheetStateValues.Visible) continue;
            // A sheet pointing at a missing or non-worksheet part (a chart sheet) has no cells to read.
            if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part) continue;
            var name = sheet.Name?.Value ?? "?";
            var content = XlsxSheetReader.Read(part, text, name, _limits.MaxSpreadsheetCells, ref budget);
            if (!content.IsSuccess) return Failure(content.Error!);
            var laid = XlsxLayout.Blocks(content.Value, source, _limits.MaxSpreadsheetCells);
            if (!laid.IsSuccess) return Failure($"sheet \"{name}\": {laid.Error}");
            blocks.AddRange(laid.Value);
        }

        for (var i = 0; i < blocks.Count; i++) blocks[i] = blocks[i] with { Provenance = blocks[i].Provenance with { Index = i } };
        var warnings = blocks.Count == 0 ? new List<string> { "the workbook's visible sheets have no text" } : [];
        return new SourceDocument(source, "xlsx", blocks, [], warnings);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static Result<SourceDocument> Failure(string reason) => Result<SourceDocument>.Failure(reason);
}
