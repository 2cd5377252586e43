namespace Analytics.Ingest.Parsing.Prose;

/// <summary>Short lines that are only a time expression ("9/2022", "Cả năm học"), stranded after the items (a
/// column of dates OCR read apart from its table), end the current item and are counted for a warning, not
/// guessed onto items.</summary>
internal sealed class StrandedTimeRule : IProseLineRule
{
    public LineOutcome Apply(ProseLine line)
    {
        var state = line.State;
        if ((state.Current is null && state.Items.Count == 0) || !ProseItemReader.IsTimeFragment(line.Text)) return LineOutcome.Next;
        state.Stranded++;
        state.StrandedAt ??= line.Block.Provenance;
        state.Close();
        return LineOutcome.Done;
    }
}
