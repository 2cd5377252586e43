using Analytics.Ingest.Parsing;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Pipeline;

/// <summary>Composes an <see cref="IngestPipeline"/>: a format detector, one reader per format name,
/// ordered document stages and a parser. Later registrations for the same format replace earlier ones.</summary>
public sealed class IngestPipelineBuilder
{
    private readonly Dictionary<string, IDocumentReader> _readers = new(StringComparer.Ordinal);
    private readonly List<IDocumentStage> _stages = [];
    private Func<ReadOnlySpan<byte>, string, string>? _detectFormat;
    private IPlanParser? _parser;
    private IngestLimits _limits = IngestLimits.Default;

    /// <summary>The detector maps the file's bytes (and name, as a tie-breaker only) to a format name.</summary>
    public IngestPipelineBuilder DetectFormatWith(Func<ReadOnlySpan<byte>, string, string> detectFormat)
    {
        _detectFormat = detectFormat;
        return this;
    }

    public IngestPipelineBuilder UseReader(string format, IDocumentReader reader)
    {
        _readers[format] = reader;
        return this;
    }

    public IngestPipelineBuilder UseStage(IDocumentStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public IngestPipelineBuilder UseParser(IPlanParser parser)
    {
        _parser = parser;
        return this;
    }

    public IngestPipelineBuilder WithLimits(IngestLimits limits)
    {
        _limits = limits;
        return this;
    }

    public IngestPipeline Build() => new(
        _detectFormat ?? throw new InvalidOperationException("No format detector configured."),
        new Dictionary<string, IDocumentReader>(_readers, StringComparer.Ordinal),
        _stages.ToArray(),
        _parser ?? throw new InvalidOperationException("No plan parser configured."),
        _limits);
}
