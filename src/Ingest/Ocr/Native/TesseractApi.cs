using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>The part of Tesseract's C API (capi.h, Tesseract 5) we use. Callers go through
/// <see cref="NativeLibraryLocator.EnsureInstalled"/> first so the library is found by its soname.</summary>
internal static class TesseractApi
{
    private const string Lib = NativeLibraryLocator.Tesseract;

    public const int OemTesseractOnly = 0;
    public const int OemLstmOnly = 1;
    public const int PsmAuto = 3;
    public const int PsmSingleColumn = 4;
    public const int PsmSingleBlock = 6;
    public const int PsmSparseText = 11;
    public const int RilBlock = 0;
    public const int RilPara = 1;
    public const int RilTextLine = 2;
    public const int RilWord = 3;

    [DllImport(Lib)] public static extern IntPtr TessVersion();
    [DllImport(Lib)] public static extern TessBaseApiHandle TessBaseAPICreate();
    [DllImport(Lib)] public static extern void TessBaseAPIDelete(IntPtr handle);

    [DllImport(Lib)]
    public static extern int TessBaseAPIInit4(
        TessBaseApiHandle handle,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string? dataPath,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string language,
        int oem,
        IntPtr configs, int configsSize,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string[] varNames,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string[] varValues,
        nuint varCount,
        int setOnlyNonDebugParams);

    [DllImport(Lib)]
    public static extern int TessBaseAPISetVariable(TessBaseApiHandle handle,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    [DllImport(Lib)] public static extern void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, int mode);

    /// <summary>Restricts recognition to a rectangle of the image set last; word boxes stay in image coordinates.</summary>
    [DllImport(Lib)] public static extern void TessBaseAPISetRectangle(TessBaseApiHandle handle, int left, int top, int width, int height);
    [DllImport(Lib)] public static extern void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);
    [DllImport(Lib)] public static extern void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);
    [DllImport(Lib)] public static extern int TessBaseAPIRecognize(TessBaseApiHandle handle, MonitorHandle monitor);

    /// <summary>Page segmentation only (thresholding, blocks, lines); a later Recognize reuses its result.
    /// Null (invalid) when the page has no text regions.</summary>
    [DllImport(Lib)] public static extern PageIteratorHandle TessBaseAPIAnalyseLayout(TessBaseApiHandle handle);
    [DllImport(Lib)] public static extern void TessPageIteratorDelete(IntPtr iterator);
    [DllImport(Lib)] public static extern void TessBaseAPIClear(TessBaseApiHandle handle);

    [DllImport(Lib)]
    public static extern int TessBaseAPIDetectOrientationScript(TessBaseApiHandle handle,
        out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);

    [DllImport(Lib)] public static extern ResultIteratorHandle TessBaseAPIGetIterator(TessBaseApiHandle handle);
    [DllImport(Lib)] public static extern void TessResultIteratorDelete(IntPtr iterator);
    [DllImport(Lib)] public static extern int TessResultIteratorNext(ResultIteratorHandle iterator, int level);
    [DllImport(Lib)] public static extern IntPtr TessResultIteratorGetUTF8Text(ResultIteratorHandle iterator, int level);
    [DllImport(Lib)] public static extern float TessResultIteratorConfidence(ResultIteratorHandle iterator, int level);

    /// <summary>Borrowed from the result iterator: valid while it lives, never deleted separately.</summary>
    [DllImport(Lib)] public static extern IntPtr TessResultIteratorGetPageIterator(ResultIteratorHandle iterator);

    [DllImport(Lib)]
    public static extern int TessPageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [DllImport(Lib)] public static extern int TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [DllImport(Lib)] public static extern void TessDeleteText(IntPtr text);

    [DllImport(Lib)] public static extern MonitorHandle TessMonitorCreate();
    [DllImport(Lib)] public static extern void TessMonitorDelete(IntPtr monitor);
    [DllImport(Lib)] public static extern void TessMonitorSetDeadlineMSecs(MonitorHandle monitor, int deadline);
    [DllImport(Lib)] public static extern int TessMonitorGetProgress(MonitorHandle monitor);

    /// <summary>Called by Tesseract before each word it recognises; returning true stops recognition.</summary>
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.I1)]
    public delegate bool CancelFunc(IntPtr cancelThis, int words);

    [DllImport(Lib)] public static extern void TessMonitorSetCancelFunc(MonitorHandle monitor, CancelFunc cancel);

    /// <summary>Copies a Tesseract-owned UTF-8 string and frees it.</summary>
    public static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero) return "";
        try
        {
            return Marshal.PtrToStringUTF8(text) ?? "";
        }
        finally
        {
            TessDeleteText(text);
        }
    }
}
