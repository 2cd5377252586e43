namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Remembers the field of a labelled line (for wrapped lines) and whether it opened a list (a label
/// with nothing after its colon); an unlabelled line keeps an open list open.</summary>
internal sealed class LabelMemoryRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (!line.IsLabelled) return LineOutcome.Next;
        line.State.LastRole = line.Role;
        line.State.ListOpenedBy = line.Value.Length == 0 ? line.Role : null;
        return LineOutcome.Next;
    }
}
