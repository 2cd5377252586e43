namespace Analytics.Ingest.Parsing.Prose;

/// <summary>The same label again under one criterion ("Nội dung cải tiến: …" twice): a second item of that
/// criterion, which the line then starts.</summary>
internal sealed class RepeatedLabelRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (line.IsLabelled && line.Current.Pieces(line.Role).Count > 0 && line.Current.Reference is not null) line.State.OpenSibling(line.Block.Provenance);
        return LineOutcome.Next;
    }
}
