using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Conversion;

namespace Analytics.Ingest.Tests.Conversion;

/// <summary>Stands in for LibreOffice: answers with fixed bytes or a fixed failure and counts its calls.</summary>
internal sealed class FakeConverter(Func<SourceFile, LegacyFormat, Result<byte[]>> answer) : IDocumentConverter
{
    public int Calls { get; private set; }

    public Result<byte[]> ToDocx(SourceFile file, LegacyFormat format, CancellationToken cancellationToken = default)
    {
        Calls++;
        return answer(file, format);
    }

    public static FakeConverter Returning(byte[] docx) => new((_, _) => docx);

    public static FakeConverter Failing(string reason) => new((_, _) => Result<byte[]>.Failure(reason));
}
