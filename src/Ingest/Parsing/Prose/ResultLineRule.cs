namespace Analytics.Ingest.Parsing.Prose;

/// <summary>A line of a results list ("- Tiêu chí 2.1: Đạt Mức 3.") states an assessment (read by
/// <see cref="ResultLines"/>): it opens no item and ends the one above.</summary>
internal sealed class ResultLineRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (ResultLines.Of(line.Text) is null) return LineOutcome.Next;
        line.State.Close();
        return LineOutcome.Done;
    }
}
