using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Inside a self-assessment section, the sentences of its plan part are the item (actions, and the
/// time, amount, source and lead they name); the other parts' lines are no part of it.</summary>
internal sealed class SelfAssessedSectionRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (!line.Current.SelfAssessed) return LineOutcome.Next;
        var sectionHeading = line.Block.Kind == TextKind.Heading && ProseItemReader.LooksLikeSectionHeading(line.Text);
        if (line.State.InPlanPart && !sectionHeading) ProseItemReader.AddPlanSentence(line.Current, line.Text);
        return LineOutcome.Done;
    }
}
