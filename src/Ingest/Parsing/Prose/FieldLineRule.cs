namespace Analytics.Ingest.Parsing.Prose;

/// <summary>The line's text goes to the item: a labelled line to its field ("Kinh phí: 12 triệu đồng"), plain
/// prose under a criterion to the target.</summary>
internal sealed class FieldLineRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (line.IsLabelled) line.Current.Labelled = true;
        if (!line.IsLabelled || line.Value.Length > 0) line.Current.Add(line.Role, line.Value);
        return LineOutcome.Done;
    }
}
