using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>Leptonica's page dewarping: a model of the vertical (and optionally horizontal) disparity of a page's
/// text lines is built from its binarised image and applied to the gray image.</summary>
internal static class LeptonicaDewarpApi
{
    private const string Lib = NativeLibraryLocator.Leptonica;

    /// <summary>Builds the model from <paramref name="pix"/> (binarised by <paramref name="threshold"/>, or adaptively)
    /// and writes the flattened page to <paramref name="flattened"/> (a copy when no model could be built).
    /// <paramref name="dewarpa"/> receives the model set, to be asked whether the model was built, then destroyed.</summary>
    [DllImport(Lib)]
    public static extern int dewarpSinglePage(PixHandle pix, int threshold, int adaptive, int useBoth, int checkColumns,
        out PixHandle flattened, out IntPtr dewarpa, int debug);

    [DllImport(Lib)] public static extern int dewarpaModelStatus(IntPtr dewarpa, int pageNumber, out int vertical, out int horizontal);

    [DllImport(Lib)] public static extern void dewarpaDestroy(ref IntPtr dewarpa);
}
