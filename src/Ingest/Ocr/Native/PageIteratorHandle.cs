using Microsoft.Win32.SafeHandles;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>An owned TessPageIterator (from layout analysis); valid only until the engine's next SetImage/Clear.</summary>
internal sealed class PageIteratorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PageIteratorHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractApi.TessPageIteratorDelete(handle);
        return true;
    }
}
