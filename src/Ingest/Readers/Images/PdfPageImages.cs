using System.Diagnostics;
using Analytics.Ingest.Ocr.Imaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Analytics.Ingest.Readers.Images;

/// <summary>Gets the picture of a scanned PDF page: the page's own image (a scan is one image covering the
/// page) taken out as it is stored — JPEG bytes, or PNG from PdfPig's decoders — and only when there is
/// no usable image, the page rendered with poppler's pdftoppm. Not thread-safe (PdfPig documents are not):
/// callers serialise access; decoding the returned bytes can run in parallel.</summary>
internal sealed class PdfPageImages(PdfDocument document, ReadOnlyMemory<byte> pdf, TimeSpan renderTimeout) : IDisposable
{
    private const double MinPageCoverage = 0.4;
    private const int RenderResolution = 300;
    private string? _tempFile;

    public Result<EncodedPage> Get(int pageNumber)
    {
        var page = document.GetPage(pageNumber);
        var image = page.GetImages()
            .Where(i => i.WidthInSamples > 0 && i.HeightInSamples > 0)
            .MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height);
        var pageArea = page.Width * page.Height;
        if (image is not null && pageArea > 0 && image.BoundingBox.Width * image.BoundingBox.Height >= MinPageCoverage * pageArea)
        {
            var dpi = (int)Math.Round(image.WidthInSamples / Math.Max(1e-3, image.BoundingBox.Width / 72.0));
            if (Extract(image) is { } encoded) return encoded with { Resolution = dpi };
        }

        if (image is null && page.Letters.Count == 0 && page.Paths.Count == 0)
            return Result<EncodedPage>.Failure("blank page: no text layer, no image, nothing drawn");
        return Render(pageNumber);
    }

    private static EncodedPage? Extract(IPdfImage image)
    {
        var raw = image.RawBytes;
        if (raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8 && raw[2] == 0xFF)
            return new EncodedPage(raw.ToArray(), ImageFormat.Jpeg, 0);
        return image.TryGetPng(out var png) ? new EncodedPage(png, ImageFormat.Png, 0) : null;
    }

    private Result<EncodedPage> Render(int pageNumber)
    {
        try
        {
            if (_tempFile is null)
            {
                _tempFile = Path.Combine(Path.GetTempPath(), $"plans-ocr-{Guid.NewGuid():N}.pdf");
                File.WriteAllBytes(_tempFile, pdf.ToArray());
            }
            var start = new ProcessStartInfo("pdftoppm")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-r", $"{RenderResolution}", "-gray", "-png", "-f", $"{pageNumber}", "-l", $"{pageNumber}", _tempFile })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(renderTimeout))
            {
                process.Kill(entireProcessTree: true);
                return Result<EncodedPage>.Failure($"rendering took longer than {renderTimeout.TotalSeconds:0} s");
            }
            copy.Wait();
            return process.ExitCode == 0 && output.Length > 0
                ? new EncodedPage(output.ToArray(), ImageFormat.Png, RenderResolution)
                : Result<EncodedPage>.Failure("no usable image, and pdftoppm could not render it");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return Result<EncodedPage>.Failure("no usable image, and pdftoppm (poppler-utils) is not installed to render it");
        }
    }

    public void Dispose()
    {
        if (_tempFile is not null) File.Delete(_tempFile);
    }
}

/// <summary>A page picture as encoded bytes, its format and resolution (0 = unknown).</summary>
internal sealed record EncodedPage(byte[] Bytes, ImageFormat Format, int Resolution);
