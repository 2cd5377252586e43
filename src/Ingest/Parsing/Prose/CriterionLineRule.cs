using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>A line naming a criterion ("Tiêu chí 1.4: …", "Tiêu chí 2" under a standard, "Tiêu chí: Thư viện")
/// opens its item; a line naming only a standard opens one too, kept only if content follows. Words after the
/// name ("… tiêu chí 3.2 (Phòng học): xây mới 04 phòng học") or an objective above are its target.</summary>
internal sealed class CriterionLineRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        var state = line.State;
        var reference = CriterionReferences.Parse(line.Text)
                        ?? (state.Standard is { } context ? CriterionReferences.ParseIndexOnly(line.Text, context) : null)
                        ?? ProseItemReader.LabelledReference(line.Text)
                        ?? ProseItemReader.NamedCriterion(line.Text, state.Standard, state.Level, state.Warnings, line.Block.Provenance);
        if (reference is null) return LineOutcome.Next;
        state.Standard = reference.Standard;
        var item = new RawItem(state.Standard, reference.IsStandardOnly ? null : reference, null, line.Block.Provenance);
        if (!reference.IsStandardOnly && reference.Tail is { } tail) item.Add(ColumnRole.Target, tail);
        else if (state.Objective is not null) item.Add(ColumnRole.Target, state.Objective);
        state.Open(item);
        state.Objective = null;
        return LineOutcome.Done;
    }
}
