using Microsoft.Win32.SafeHandles;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>An owned Leptonica BOXA (array of boxes).</summary>
internal sealed class BoxaHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public BoxaHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        var boxa = handle;
        LeptonicaApi.boxaDestroy(ref boxa);
        return true;
    }
}
