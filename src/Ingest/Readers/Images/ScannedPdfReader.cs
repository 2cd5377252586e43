using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers.Pdf;
using UglyToad.PdfPig;

namespace Analytics.Ingest.Readers.Images;

/// <summary>Wraps the text-PDF reader: pages whose text layer is missing or unreadable
/// (<see cref="PdfPageTextQuality.NeedsOcr"/>) are recognised from their image instead, in parallel;
/// all other pages keep the text reader's blocks. A PDF with a good text layer throughout costs one
/// text-layer check more than the plain reader.</summary>
public sealed class ScannedPdfReader(PdfReader text, OcrEnginePool? pool = null, ImageLimits? imageLimits = null) : IDocumentReader
{
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(60);
    private readonly ImageLimits _imageLimits = imageLimits ?? ImageLimits.Default;

    public Result<SourceDocument> Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        var quality = text.AssessTextLayer(file);
        if (!quality.IsSuccess) return Result<SourceDocument>.Failure(quality.Error!);
        var ocrPages = quality.Value.Where(q => q.NeedsOcr).Select(q => q.Page).ToHashSet();
        if (ocrPages.Count == 0) return text.Read(file, cancellationToken);

        SourceDocument? textDocument = null;
        if (ocrPages.Count < quality.Value.Count)
        {
            var read = text.Read(file, cancellationToken);
            if (!read.IsSuccess) return read;
            textDocument = read.Value;
        }

        var ocr = Recognize(file, ocrPages.Order().ToList(), cancellationToken);
        if (textDocument is null) return ocr;
        if (!ocr.IsSuccess)
            return textDocument with { Warnings = [.. textDocument.Warnings, $"scanned pages could not be read: {ocr.Error}"] };
        return Merge(textDocument, ocr.Value, ocrPages);
    }

    private Result<SourceDocument> Recognize(SourceFile file, List<int> pageNumbers, CancellationToken cancellationToken)
    {
        var engines = pool ?? OcrEnginePool.Shared;
        using var document = PdfDocument.Open(file.Content.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        using var images = new PdfPageImages(document, file.Content, RenderTimeout);
        var gate = new Lock();
        var pages = pageNumbers.Select(number => new PageSource(number, () =>
        {
            Result<EncodedPage> encoded;
            lock (gate)
            {
                try
                {
                    encoded = images.Get(number);
                }
                catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                {
                    encoded = Result<EncodedPage>.Failure($"page image could not be taken out of the PDF: {e.Message.TrimEnd('.')}");
                }
            }
            if (!encoded.IsSuccess) return Result<DecodedPage>.Failure(encoded.Error!);
            var picture = encoded.Value;
            var decoded = PageImageDecoder.Decode(picture.Bytes, picture.Format, 0, _imageLimits);
            if (!decoded.IsSuccess || picture.Resolution <= 0) return decoded;
            return decoded.Value with { Resolution = picture.Resolution };
        })).ToList();

        var results = OcrPageRunner.RecognizeAll(pages, engines, cancellationToken);
        return OcrDocumentBuilder.Build(file.Source, "pdf", results, engines.Options.LowConfidence);
    }

    private static SourceDocument Merge(SourceDocument textDocument, SourceDocument ocr, HashSet<int> ocrPages)
    {
        var blocks = textDocument.Blocks.Where(b => b.Provenance.Page is not { } p || !ocrPages.Contains(p))
            .Concat(ocr.Blocks)
            .OrderBy(b => b.Provenance.Page ?? 0)
            .ToList();
        // The text reader's "OCR needed" notes are settled now; its other warnings stand.
        var warnings = textDocument.Warnings.Where(w => !ocrPages.Any(p => w.StartsWith($"page {p}:", StringComparison.Ordinal)))
            .Concat(ocr.Warnings)
            .ToList();
        return textDocument with { Blocks = blocks, Warnings = warnings };
    }
}
