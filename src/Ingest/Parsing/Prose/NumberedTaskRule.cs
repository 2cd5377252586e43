using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Prose;

/// <summary>"- Nhiệm vụ 1: Thay đồ chơi hư hỏng (tiêu chí 3.5).": a numbered task naming its criterion in
/// brackets opens that criterion's item; the task's words are the target.</summary>
internal sealed class NumberedTaskRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        if (ProseItemReader.NumberedTask(line.Text) is not { } task) return LineOutcome.Next;
        var state = line.State;
        state.Standard = task.Reference.Standard;
        var item = new RawItem(state.Standard, task.Reference, null, line.Block.Provenance);
        item.Add(ColumnRole.Target, task.Words);
        state.Open(item);
        state.Objective = null;
        return LineOutcome.Done;
    }
}
