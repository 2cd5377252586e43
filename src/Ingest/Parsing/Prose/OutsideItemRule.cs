namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Lines before the first criterion (the plan's introduction, its weaknesses) belong to no item.</summary>
internal sealed class OutsideItemRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line) => line.State.Current is null ? LineOutcome.Done : LineOutcome.Next;
}
