using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>A heading numbered in Roman numerals ("III. TỔ CHỨC THỰC HIỆN") ends the item above.</summary>
internal sealed class SectionHeadingRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (line.Block.Kind != TextKind.Heading || !ProseItemReader.LooksLikeSectionHeading(line.Text)) return LineOutcome.Next;
        line.State.Close();
        return LineOutcome.Done;
    }
}
