using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Reads the lines of a prose plan through an ordered list of line rules sharing one
/// <see cref="ProseState"/>; anything that is not a text line (a table) ends the item being written, but for
/// the plan part of a self-assessment report's section.</summary>
internal sealed class ProseLinePipeline(IReadOnlyList<IProseLineRule> rules)
{
    public static ProseLinePipeline Default { get; } = new(new PipelineBuilder<IProseLineRule>()
        .Use(new NumberedObjectiveRule())
        .Use(new NumberedTaskRule())
        .Use(new ResultLineRule())
        .Use(new CriterionLineRule())
        .Use(new ObjectiveEndsRule())
        .Use(new StrandedTimeRule())
        .Use(new OutsideItemRule())
        .Use(new SelfAssessmentPartRule())
        .Use(new SelfAssessedSectionRule())
        .Use(new SectionHeadingRule())
        .Use(new SubBulletRule())
        .Use(new WrappedLineRule())
        .Use(new RepeatedLabelRule())
        .Use(new LabelMemoryRule())
        .Use(new PageFurnitureRule())
        .Use(new ProseAfterFieldsRule())
        .Use(new SentenceParagraphRule())
        .Use(new FieldLineRule())
        .Build());

    public IReadOnlyList<IProseLineRule> Rules { get; } = rules;

    public void Read(ProseState state)
    {
        for (var b = 0; b < state.Blocks.Count; b++)
        {
            if (state.Blocks[b] is not TextBlock text)
            {
                // A report section's plan part may be a table: the section (its verdict below) goes on.
                if (state.Current is not { SelfAssessed: true } || !state.InPlanPart) state.Close();
                continue;
            }
            var line = new ProseLine(text, b, state);
            foreach (var rule in Rules)
                if (rule.Apply(line) == LineOutcome.Done) break;
        }
        state.Close();
    }
}
