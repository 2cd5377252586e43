namespace Analytics.Ingest.Parsing.Prose;

/// <summary>An objective is the target only of a criterion line right below it: any other line forgets it.</summary>
internal sealed class ObjectiveEndsRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        line.State.Objective = null;
        return LineOutcome.Next;
    }
}
