using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>The part of Leptonica (liblept.so.5) we use: decoding, header peeks and a few page operations.
/// Leptonica reports errors by returning null/1 and printing; <see cref="Silence"/> stops the printing.</summary>
internal static class LeptonicaApi
{
    private const string Lib = NativeLibraryLocator.Leptonica;

    public const int SeverityNone = 6;

    [DllImport(Lib)] public static extern int setMsgSeverity(int newSeverity);

    [DllImport(Lib)] public static extern PixHandle pixReadMem(in byte data, nuint size);
    [DllImport(Lib)] public static extern PixHandle pixReadMemTiff(in byte data, nuint size, int page);

    [DllImport(Lib)]
    public static extern int pixReadHeaderMem(in byte data, nuint size, out int format, out int width, out int height,
        out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [DllImport(Lib)]
    public static extern int readHeaderMemTiff(in byte data, nuint size, int page, out int width, out int height,
        out int bitsPerSample, out int samplesPerPixel, out int resolution, out int isColormapped, out int format);

    [DllImport(Lib)]
    public static extern PixHandle pixReadMemJpeg(in byte data, nuint size, int colormapFlag, int reduction, IntPtr warnings, int hint);

    [DllImport(Lib)] public static extern void pixDestroy(ref IntPtr pix);
    [DllImport(Lib)] public static extern int pixGetWidth(PixHandle pix);
    [DllImport(Lib)] public static extern int pixGetHeight(PixHandle pix);
    [DllImport(Lib)] public static extern int pixGetDepth(PixHandle pix);
    [DllImport(Lib)] public static extern int pixGetXRes(PixHandle pix);
    [DllImport(Lib)] public static extern int pixSetResolution(PixHandle pix, int xres, int yres);

    [DllImport(Lib)] public static extern PixHandle pixCopy(IntPtr pixDest, PixHandle pix);
    [DllImport(Lib)] public static extern PixHandle pixConvertTo8(PixHandle pix, int colormapFlag);
    [DllImport(Lib)] public static extern PixHandle pixScale(PixHandle pix, float scaleX, float scaleY);
    [DllImport(Lib)] public static extern PixHandle pixRotateOrth(PixHandle pix, int quads);
    [DllImport(Lib)] public static extern int pixOrientDetect(PixHandle pix, out float upConfidence, out float leftConfidence, int minCount, int debug);
    /// <summary>Leptonica 1.78 and later take npixels (0: its default); older ones ignore the extra argument.</summary>
    [DllImport(Lib)] public static extern int pixUpDownDetect(PixHandle pix, out float upConfidence, int minCount, int npixels, int debug);
    [DllImport(Lib)] public static extern PixHandle pixFindSkewAndDeskew(PixHandle pix, int redSearch, out float angle, out float confidence);
    [DllImport(Lib)] public static extern PixHandle pixBackgroundNormSimple(PixHandle pix, IntPtr pixImageMask, IntPtr pixGrayMask);
    [DllImport(Lib)] public static extern PixHandle pixThresholdToBinary(PixHandle pix, int threshold);
    [DllImport(Lib)] public static extern PixHandle pixOpenCompBrickDwa(IntPtr pixDest, PixHandle pix, int width, int height);
    [DllImport(Lib)] public static extern PixHandle pixCloseCompBrickDwa(IntPtr pixDest, PixHandle pix, int width, int height);
    [DllImport(Lib)] public static extern PixHandle pixClipRectangle(PixHandle pix, BoxHandle box, IntPtr clippedBox);
    [DllImport(Lib)] public static extern BoxHandle boxCreate(int x, int y, int width, int height);
    [DllImport(Lib)] public static extern void boxDestroy(ref IntPtr box);

    [DllImport(Lib)] public static extern int pixSetInRectArbitrary(PixHandle pix, BoxHandle box, uint value);
    [DllImport(Lib)] public static extern int pixPaintThroughMask(PixHandle pix, PixHandle mask, int x, int y, uint value);
    [DllImport(Lib)] public static extern int pixGetRankValue(PixHandle pix, int factor, float rank, out uint value);
    [DllImport(Lib)] public static extern BoxaHandle pixConnComp(PixHandle pix, IntPtr pixaOut, int connectivity);
    [DllImport(Lib)] public static extern int boxaGetCount(BoxaHandle boxa);
    [DllImport(Lib)] public static extern int boxaGetBoxGeometry(BoxaHandle boxa, int index, out int x, out int y, out int w, out int h);
    [DllImport(Lib)] public static extern void boxaDestroy(ref IntPtr boxa);

    private static int _silenced;

    /// <summary>Leptonica prints every rejected input to stderr; a batch of bad files would flood it.
    /// Failures still come back as values with our own reasons.</summary>
    public static void Silence()
    {
        if (Interlocked.Exchange(ref _silenced, 1) == 0) setMsgSeverity(SeverityNone);
    }
}
