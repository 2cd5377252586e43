using System.Runtime.InteropServices;

namespace Analytics.Ingest.Ocr.Native;

/// <summary>Leptonica's page dewarping: a model of the vertical (and optionally horizontal) disparity of a page's
/// text lines, built from a binarised page and applied to its gray image.</summary>
internal static class LeptonicaDewarpApi
{
    private const string Lib = NativeLibraryLocator.Leptonica;

    /// <summary>A model set for <paramref name="pages"/> pages; 0 for <paramref name="sampling"/> and
    /// <paramref name="minLines"/> takes Leptonica's defaults (30 px, 15 lines), -1 for the distance to a reference model.</summary>
    [DllImport(Lib)] public static extern IntPtr dewarpaCreate(int pages, int sampling, int reduction, int minLines, int maxDistance);

    [DllImport(Lib)] public static extern int dewarpaUseBothArrays(IntPtr dewarpa, int useBoth);

    /// <summary>A model of one page from its 1-bit image; owned by the model set once inserted.</summary>
    [DllImport(Lib)] public static extern IntPtr dewarpCreate(PixHandle binary, int pageNumber);

    [DllImport(Lib)] public static extern int dewarpaInsertDewarp(IntPtr dewarpa, IntPtr dewarp);

    [DllImport(Lib)] public static extern int dewarpBuildPageModel(IntPtr dewarp, IntPtr debugFile);

    [DllImport(Lib)] public static extern int dewarpaModelStatus(IntPtr dewarpa, int pageNumber, out int vertical, out int horizontal);

    /// <summary>Applies page <paramref name="pageNumber"/>'s model to <paramref name="pix"/> (gray: new pixels
    /// outside the page get <paramref name="fill"/>).</summary>
    [DllImport(Lib)]
    public static extern int dewarpaApplyDisparity(IntPtr dewarpa, int pageNumber, PixHandle pix, int fill, int x, int y,
        out PixHandle flattened, IntPtr debugFile);

    [DllImport(Lib)] public static extern void dewarpaDestroy(ref IntPtr dewarpa);

    [DllImport(Lib)] public static extern PixHandle pixDilateBrick(IntPtr destination, PixHandle pix, int width, int height);

    /// <summary>The pixels of <paramref name="pix"/> that are not in <paramref name="remove"/> (1-bit images).</summary>
    [DllImport(Lib)] public static extern PixHandle pixSubtract(IntPtr destination, PixHandle pix, PixHandle remove);
}
