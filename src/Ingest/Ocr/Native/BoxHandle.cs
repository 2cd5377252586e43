using Microsoft.Win32.SafeHandles;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>An owned Leptonica BOX (a rectangle).</summary>
internal sealed class BoxHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public BoxHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        var box = handle;
        LeptonicaApi.boxDestroy(ref box);
        return true;
    }
}
