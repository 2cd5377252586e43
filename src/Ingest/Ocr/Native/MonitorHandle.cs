using Microsoft.Win32.SafeHandles;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>An owned ETEXT_DESC progress monitor, used for the per-page deadline.</summary>
internal sealed class MonitorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public MonitorHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractApi.TessMonitorDelete(handle);
        return true;
    }
}
