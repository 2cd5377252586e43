namespace Analytics.Ingest.Ocr;

/// <summary>Recognises the words on one page image. Implementations are not thread-safe; use one per worker
/// (see <see cref="OcrEnginePool"/>).</summary>
internal interface IOcrEngine : IDisposable
{
    Result<OcrPage> Recognize(Imaging.DecodedPage page, int pageNumber, CancellationToken cancellationToken);
}
