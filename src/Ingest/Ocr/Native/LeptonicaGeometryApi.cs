using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>The part of Leptonica that straightens a photographed page: point arrays, the four-point
/// projective transform and single-pixel reads (on small images only).</summary>
internal static class LeptonicaGeometryApi
{
    private const string Lib = NativeLibraryLocator.Leptonica;

    [DllImport(Lib)] public static extern IntPtr ptaCreate(int n);
    [DllImport(Lib)] public static extern int ptaAddPt(IntPtr pta, float x, float y);
    [DllImport(Lib)] public static extern void ptaDestroy(ref IntPtr pta);

    /// <summary>Maps the quadrilateral <paramref name="source"/> onto <paramref name="destination"/> (same image
    /// size), interpolating; pixels from outside the source come in as <paramref name="grayValue"/>.</summary>
    [DllImport(Lib)] public static extern PixHandle pixProjectivePtaGray(PixHandle pix, IntPtr destination, IntPtr source, byte grayValue);

    [DllImport(Lib)] public static extern int pixGetPixel(PixHandle pix, int x, int y, out uint value);
}
