namespace Analytics.Ingest.Parsing.Prose;

/// <summary>"- Biện pháp:" with nothing after the colon, then "+ …" lines: the lines are its value.</summary>
internal sealed class SubBulletRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (line.IsLabelled || !line.Current.Labelled || line.State.ListOpenedBy is not { } open || ProseItemReader.SubBullet(line.Text) is not { } sub) return LineOutcome.Next;
        line.Current.Add(open, sub);
        return LineOutcome.Done;
    }
}
