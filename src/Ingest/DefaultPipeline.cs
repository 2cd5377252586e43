using Analytics.Ingest.Parsing;
using Analytics.Ingest.Pipeline;
using Analytics.Ingest.Readers;
using Analytics.Ingest.Readers.Text;

namespace Analytics.Ingest;

/// <summary>The product's standard ingest pipeline: every reader, repair stage and the plan parser.</summary>
public static class DefaultPipeline
{
    public static IngestPipelineBuilder CreateBuilder() => new IngestPipelineBuilder()
        .DetectFormatWith(FormatSniffer.Detect)
        .UseReader("text", new PlainTextReader())
        .UseStage(Text.TextRepairStage.Default)
        .UseParser(new PlanParser());

    public static IngestPipeline Create() => CreateBuilder().Build();
}
