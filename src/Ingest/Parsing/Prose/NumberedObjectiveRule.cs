namespace Analytics.Ingest.Parsing.Prose;

/// <summary>"Mục tiêu 2: Điểm trường … có đủ nước sạch" heads its own section when a criterion line follows: the
/// item that line opens takes it as its target.</summary>
internal sealed class NumberedObjectiveRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (ProseItemReader.NumberedObjective(line.Text) is not { } stated || !ProseItemReader.ReferenceFollows(line.State.Blocks, line.Index)) return LineOutcome.Next;
        line.State.Close();
        line.State.Objective = stated;
        line.State.LastRole = null;
        line.State.ListOpenedBy = null;
        return LineOutcome.Done;
    }
}
