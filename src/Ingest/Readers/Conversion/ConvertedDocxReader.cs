using Analytics.Ingest.Model;
using Analytics.Ingest.Readers.Docx;

namespace Analytics.Ingest.Readers.Conversion;

/// <summary>Reads a word-processor format other than DOCX (.doc, .rtf, .odt) by converting it to DOCX and
/// reading that with the <see cref="DocxReader"/>, so tables, merges, lists and everything downstream
/// behave exactly as for a Word 2007+ file. The document keeps its own format name and source.</summary>
public sealed class ConvertedDocxReader(LegacyFormat format, IDocumentConverter converter, DocxReader docx) : IDocumentReader
{
    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (PasswordProtection.Reason(format, file.Content) is { } encrypted) return Result<SourceDocument>.Failure(encrypted);

        var converted = converter.ToDocx(file, format, cancellationToken);
        if (!converted.IsSuccess) return Result<SourceDocument>.Failure(converted.Error!);

        var read = docx.Read(new SourceFile(file.Source, converted.Value), cancellationToken);
        return read.IsSuccess
            ? read.Value with { Format = format.Name }
            : Result<SourceDocument>.Failure($"the {format.Label} converted by LibreOffice could not be read ({read.Error})");
    }
}
