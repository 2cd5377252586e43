namespace Analytics.Ingest.Parsing;

/// <summary>Writes the order of a pipeline's steps once (after Markdig's MarkdownPipelineBuilder): each
/// <see cref="Use"/> adds the step tried next.</summary>
internal sealed class PipelineBuilder<TStep>
{
    private readonly List<TStep> _steps = [];

    public PipelineBuilder<TStep> Use(TStep step)
    {
        _steps.Add(step);
        return this;
    }

    public IReadOnlyList<TStep> Build() => [.. _steps];
}
