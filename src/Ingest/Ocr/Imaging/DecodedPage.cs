using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Imaging;

/// <summary>A decoded page image (owned: dispose it), its resolution in dpi (0 when the file does not say)
/// and anything worth telling the user about how it was decoded.</summary>
internal sealed record DecodedPage(PixHandle Pix, int Resolution, string? Warning) : IDisposable
{
    public void Dispose() => Pix.Dispose();
}
