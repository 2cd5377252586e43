using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;

namespace Analytics.Ingest.Readers.Images;

/// <summary>Reads a scanned or photographed page image (PNG, JPEG, or TIFF with any number of pages) by OCR.
/// Pages are recognised in parallel on the shared engine pool.</summary>
public sealed class ImageReader : IDocumentReader
{
    private readonly ImageFormat _format;
    private readonly OcrEnginePool? _pool;
    private readonly ImageLimits _limits;
    private readonly int _maxPages;

    /// <param name="pool">Engines to use; null means <see cref="OcrEnginePool.Shared"/>, created on first read.</param>
    public ImageReader(ImageFormat format, OcrEnginePool? pool = null, ImageLimits? limits = null, int maxPages = 500)
    {
        _format = format;
        _pool = pool;
        _limits = limits ?? ImageLimits.Default;
        _maxPages = maxPages;
    }

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (file.Content.IsEmpty) return Result<SourceDocument>.Failure("empty file");
        var pool = _pool ?? OcrEnginePool.Shared;
        var content = file.Content;
        var warnings = new List<string>();

        List<PageSource> pages;
        if (_format == ImageFormat.Tiff)
        {
            var count = PageImageDecoder.CountTiffPages(content.Span, _maxPages + 1);
            if (count == 0) return Result<SourceDocument>.Failure("TIFF is corrupt or truncated: no readable page");
            if (count > _maxPages)
            {
                warnings.Add($"only the first {_maxPages} pages were read");
                count = _maxPages;
            }
            pages = Enumerable.Range(0, count)
                .Select(i => new PageSource(i + 1, () => PageImageDecoder.Decode(content.Span, ImageFormat.Tiff, i, _limits)))
                .ToList();
        }
        else
        {
            pages = [new PageSource(1, () => PageImageDecoder.Decode(content.Span, _format, 0, _limits))];
        }

        var results = OcrPageRunner.RecognizeAll(pages, pool, cancellationToken);
        return OcrDocumentBuilder.Build(file.Source, "image", results, pool.Options.LowConfidence, warnings);
    }
}
