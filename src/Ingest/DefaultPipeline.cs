using Analytics.Ingest.Parsing;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Ocr.Imaging;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Images;
using Analytics.Ingest.Readers.Text;

namespace Analytics.Ingest;

/// <summary>The product's standard ingest pipeline: every reader, repair stage and the plan parser.</summary>
public static class DefaultPipeline
{
    public static IngestPipelineBuilder CreateBuilder() => new IngestPipelineBuilder()
        .DetectFormatWith(FormatSniffer.Detect)
        .UseReader("text", new PlainTextReader())
        .UseReader("png", new ImageReader(ImageFormat.Png))
        .UseReader("jpeg", new ImageReader(ImageFormat.Jpeg))
        .UseReader("tiff", new ImageReader(ImageFormat.Tiff))
        .UseParser(new PlanParser());

    public static IngestPipeline Create() => CreateBuilder().Build();
}
