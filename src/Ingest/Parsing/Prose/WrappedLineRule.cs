namespace Analytics.Ingest.Parsing.Prose;

/// <summary>A line wrapped off a labelled line that did not end its sentence ("… đầu tư năm" + "2025.") runs on
/// to that field.</summary>
internal sealed class WrappedLineRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (line.IsLabelled || !line.Current.Labelled || line.State.LastRole is not { } last) return LineOutcome.Next;
        if (line.Current.Pieces(last) is not { Count: > 0 } pieces || ProseItemReader.EndsSentence(pieces[^1]) || !ProseItemReader.WrapContinuation(line.Value))
            return LineOutcome.Next;
        line.Current.ExtendLast(last, line.Value);
        return LineOutcome.Done;
    }
}
