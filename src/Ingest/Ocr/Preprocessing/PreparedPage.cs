using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Preprocessing;

/// <summary>A page ready for recognition (owned 8-bit image), its resolution and what was done to it.</summary>
internal sealed record PreparedPage(PixHandle Pix, int Resolution, RulingLines Rules, IReadOnlyList<string> Notes) : IDisposable
{
    public void Dispose() => Pix.Dispose();
}
