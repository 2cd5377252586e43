using Microsoft.Win32.SafeHandles;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>An owned Leptonica PIX (reference-counted natively; destroying drops our reference).</summary>
internal sealed class PixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PixHandle() : base(ownsHandle: true) { }

    public int Width => LeptonicaApi.pixGetWidth(this);
    public int Height => LeptonicaApi.pixGetHeight(this);
    public int Depth => LeptonicaApi.pixGetDepth(this);
    public int Resolution => LeptonicaApi.pixGetXRes(this);

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaApi.pixDestroy(ref pix);
        return true;
    }
}
