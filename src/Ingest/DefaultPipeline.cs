using Analytics.Ingest.Ocr;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Conversion;
using Analytics.Ingest.Readers.Docx;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Readers.Pdf;
using Analytics.Ingest.Readers.Text;
using Analytics.Ingest.Readers.Xlsx;

namespace Analytics.Ingest;

/// <summary>The product's standard ingest pipeline: every reader, repair stage and the plan parser.</summary>
public static class DefaultPipeline
{
    private static readonly string[] RefusedFormats = ["xls", "ole", "zip", "pptx", "ods", "odf", "html", "unknown"];

    /// <param name="limits">Input guards; <see cref="IngestLimits.Default"/> when null.</param>
    /// <param name="converter">Converts .doc, .rtf and .odt to DOCX; LibreOffice headless when null.</param>
    /// <param name="ocr">The engines every OCR reader shares (their count is how many pages are recognised at
    /// once); <see cref="OcrEnginePool.Shared"/>, one per core, when null.</param>
    public static IngestPipelineBuilder CreateBuilder(IngestLimits? limits = null, IDocumentConverter? converter = null, OcrEnginePool? ocr = null)
    {
        limits ??= IngestLimits.Default;
        converter ??= new LibreOfficeConverter();
        var docx = new DocxReader(limits);
        var builder = new IngestPipelineBuilder()
            .WithLimits(limits)
            .DetectFormatWith((content, name) => PageSetFile.IsPageSet(content) ? PageSetFile.Format : FormatSniffer.Detect(content, name))
            .UseReader("text", new PlainTextReader(limits))
            .UseReader("docx", docx)
            .UseReader("xlsx", new XlsxReader(limits))
            .UseReader("pdf", new ScannedPdfReader(new PdfReader(limits), ocr))
            .UseReader("png", new ImageReader(ImageFormat.Png, ocr, maxPages: limits.MaxPages))
            .UseReader("jpeg", new ImageReader(ImageFormat.Jpeg, ocr, maxPages: limits.MaxPages))
            .UseReader("tiff", new ImageReader(ImageFormat.Tiff, ocr, maxPages: limits.MaxPages))
            .UseReader(PageSetFile.Format, new PageSetReader(ocr, maxPages: limits.MaxPages))
            .UseStage(Text.TextRepairStage.Default)
            .UseParser(new PlanParser());
        foreach (var format in LegacyFormat.All)
            builder.UseReader(format.Name, new ConvertedDocxReader(format, converter, docx));
        foreach (var format in RefusedFormats)
            builder.UseReader(format, new UnsupportedFormatReader(FormatSniffer.UnsupportedReason(format)!));
        return builder;
    }

    public static IngestPipeline Create(IngestLimits? limits = null, OcrEnginePool? ocr = null) => CreateBuilder(limits, ocr: ocr).Build();
}
