using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;

namespace Analytics.Ingest.Readers.Images;

/// <summary>Reads a <see cref="PageSetFile"/> (one plan photographed or scanned page by page) as one
/// document: the pages of every image, in order, recognised in parallel.</summary>
public sealed class PageSetReader(OcrEnginePool? pool = null, ImageLimits? limits = null, int maxPages = 500) : IDocumentReader
{
    private readonly ImageLimits _limits = limits ?? ImageLimits.Default;

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var unpacked = PageSetFile.Unpack(file.Content);
        if (!unpacked.IsSuccess) return Result<SourceDocument>.Failure(unpacked.Error!);
        var engines = pool ?? OcrEnginePool.Shared;
        var warnings = new List<string>();
        var pages = new List<PageSource>();
        foreach (var image in unpacked.Value)
        {
            var format = FormatSniffer.Detect(image.Content.Span, image.Source) switch
            {
                "png" => ImageFormat.Png,
                "jpeg" => ImageFormat.Jpeg,
                "tiff" => ImageFormat.Tiff,
                _ => (ImageFormat?)null,
            };
            if (format is not { } f)
            {
                warnings.Add($"{image.Source}: not a PNG, JPEG or TIFF image; skipped");
                continue;
            }
            var count = f == ImageFormat.Tiff ? Math.Max(1, PageImageDecoder.CountTiffPages(image.Content.Span, maxPages)) : 1;
            for (var i = 0; i < count && pages.Count < maxPages; i++)
            {
                var frame = i;
                var content = image.Content;
                pages.Add(new PageSource(pages.Count + 1, () => PageImageDecoder.Decode(content.Span, f, frame, _limits)));
            }
        }
        if (pages.Count == 0) return Result<SourceDocument>.Failure("page set holds no readable image");
        var results = OcrPageRunner.RecognizeAll(pages, engines, cancellationToken);
        return OcrDocumentBuilder.Build(file.Source, "image", results, engines.Options.LowConfidence, warnings);
    }
}
