namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Prose after an item written with labels ("- Thời gian: …") is no longer part of it; prose under a
/// standard-only heading with no labels is not kept.</summary>
internal sealed class ProseAfterFieldsRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (line.IsLabelled) return LineOutcome.Next;
        if (line.Current.Labelled) line.State.Close();
        else if (line.Current.Reference is not null) return LineOutcome.Next;
        return LineOutcome.Done;
    }
}
