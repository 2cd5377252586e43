namespace Analytics.Ingest.Parsing.Prose;

/// <summary>A short unlabelled line between two labelled lines of one item ("Trang 2", the running school name
/// at a page top) is page furniture, not the end of the item.</summary>
internal sealed class PageFurnitureRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line) =>
        !line.IsLabelled && line.Current.Labelled && ProseItemReader.IsPageFurniture(line.Text, line.State.Blocks, line.Index) ? LineOutcome.Done : LineOutcome.Next;
}
