using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Inside a self-assessment section, the sentences of its plan part are the item (actions, and the
/// time, amount, source and lead they name), its labelled lines ("- Thời gian: Hè 2025") the fields they label;
/// the other parts' lines are no part of it.</summary>
internal sealed class SelfAssessedSectionRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (!line.Current.SelfAssessed) return LineOutcome.Next;
        var sectionHeading = line.Block.Kind == TextKind.Heading && ProseItemReader.LooksLikeSectionHeading(line.Text);
        if (!line.State.InPlanPart || sectionHeading) return LineOutcome.Done;
        if (line.IsLabelled && line.Value.Length > 0) line.Current.Add(line.Role, line.Value);
        else ProseItemReader.AddPlanSentence(line.Current, line.Text);
        return LineOutcome.Done;
    }
}
