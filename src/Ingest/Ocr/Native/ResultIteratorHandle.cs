using Microsoft.Win32.SafeHandles;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>An owned TessResultIterator; valid only until the engine's next SetImage/Clear.</summary>
internal sealed class ResultIteratorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResultIteratorHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractApi.TessResultIteratorDelete(handle);
        return true;
    }
}
