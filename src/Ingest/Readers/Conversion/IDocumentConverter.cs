namespace Analytics.Ingest.Readers.Conversion;

/// <summary>Turns a document of another word-processor format into DOCX bytes, so the DOCX reader reads
/// every word-processor format the same way. Behind an interface so the reader logic can be tested
/// without starting a process.</summary>
public interface IDocumentConverter
{
    /// <summary>Converts <paramref name="file"/> of the given <see cref="LegacyFormat"/>; a file the
    /// converter cannot open, a missing converter or a conversion past its deadline is a failure with the
    /// reason.</summary>
    Result<byte[]> ToDocx(SourceFile file, LegacyFormat format, CancellationToken cancellationToken = default);
}
