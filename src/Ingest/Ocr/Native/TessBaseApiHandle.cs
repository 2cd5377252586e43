using Microsoft.Win32.SafeHandles;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>An owned TessBaseAPI instance. Not thread-safe: one per worker.</summary>
internal sealed class TessBaseApiHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessBaseApiHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractApi.TessBaseAPIDelete(handle);
        return true;
    }
}
