using System.Runtime.InteropServices;
using Analytics.Ingest.Ocr.Native;

namespace Analytics.Ingest.Ocr.Imaging;

/// <summary>Decodes one page of an encoded image with Leptonica, after checking its header against
/// <see cref="ImageLimits"/>: no pixel is decoded for a file that is too large or too small.
/// An oversized JPEG is decoded at a reduced scale instead of refused (libjpeg scales while decoding,
/// so memory stays bounded); other oversized images are refused.</summary>
internal static class PageImageDecoder
{
    private static readonly int[] JpegReductions = [2, 4, 8];

    /// <summary>Number of pages (frames) in a TIFF, at most <paramref name="maxPages"/>; 0 when unreadable.</summary>
    public static int CountTiffPages(ReadOnlySpan<byte> data, int maxPages)
    {
        NativeLibraryLocator.EnsureInstalled();
        LeptonicaApi.Silence();
        var count = 0;
        while (count < maxPages && PeekTiff(data, count) is not null) count++;
        return count;
    }

    public static Result<DecodedPage> Decode(ReadOnlySpan<byte> data, ImageFormat format, int page, ImageLimits limits)
    {
        if (data.IsEmpty) return Result<DecodedPage>.Failure("empty image");
        NativeLibraryLocator.EnsureInstalled();
        LeptonicaApi.Silence();

        var header = format == ImageFormat.Tiff ? PeekTiff(data, page) : Peek(data);
        if (header is not { } h) return Result<DecodedPage>.Failure("image header is unreadable (corrupt or truncated file)");
        if (h.Width < limits.MinSide || h.Height < limits.MinSide)
            return Result<DecodedPage>.Failure($"image is {h.Width}×{h.Height} pixels, too small to hold text (minimum side {limits.MinSide})");

        var reduction = 1;
        if (h.Pixels > limits.MaxPixels)
        {
            if (format != ImageFormat.Jpeg)
                return Result<DecodedPage>.Failure($"image is {h.Width}×{h.Height} pixels, above the {limits.MaxPixels / 1_000_000} megapixel limit");
            reduction = JpegReductions.FirstOrDefault(r => h.Pixels / ((long)r * r) <= limits.MaxPixels);
            if (reduction == 0)
                return Result<DecodedPage>.Failure($"image is {h.Width}×{h.Height} pixels, too large even at 1/8 scale");
        }

        var size = (nuint)data.Length;
        ref readonly var first = ref MemoryMarshal.GetReference(data);
        var pix = format switch
        {
            ImageFormat.Tiff => LeptonicaApi.pixReadMemTiff(in first, size, page),
            ImageFormat.Jpeg when reduction > 1 => LeptonicaApi.pixReadMemJpeg(in first, size, 0, reduction, IntPtr.Zero, 0),
            _ => LeptonicaApi.pixReadMem(in first, size),
        };
        if (pix.IsInvalid)
        {
            pix.Dispose();
            return Result<DecodedPage>.Failure("image data is corrupt or truncated");
        }

        // Leptonica leaves the resolution 0 when the file does not say; JPEG reduction divides it.
        var resolution = h.Resolution > 0 ? h.Resolution : pix.Resolution;
        if (resolution > 0 && reduction > 1) resolution /= reduction;
        var warning = reduction > 1 ? $"page image {h.Width}×{h.Height} decoded at 1/{reduction} scale to bound memory" : null;
        return new DecodedPage(pix, resolution, warning);
    }

    private static ImageHeader? Peek(ReadOnlySpan<byte> data)
    {
        var ok = LeptonicaApi.pixReadHeaderMem(in MemoryMarshal.GetReference(data), (nuint)data.Length,
            out _, out var w, out var h, out var bps, out var spp, out _);
        return ok == 0 && w > 0 && h > 0 ? new ImageHeader(w, h, bps, spp, 0) : null;
    }

    private static ImageHeader? PeekTiff(ReadOnlySpan<byte> data, int page)
    {
        if (data.IsEmpty) return null;
        var ok = LeptonicaApi.readHeaderMemTiff(in MemoryMarshal.GetReference(data), (nuint)data.Length, page,
            out var w, out var h, out var bps, out var spp, out var res, out _, out _);
        return ok == 0 && w > 0 && h > 0 ? new ImageHeader(w, h, bps, spp, res) : null;
    }
}
