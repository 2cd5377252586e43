namespace Analytics.Ingest.Parsing.Rows;

/// <summary>"Tổng cộng | … | 1.515.000.000 đồng": the sum of the rows above, not an item of its own; it closes
/// the item above.</summary>
internal sealed class TotalRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        var first = row.Row.Cells.FirstOrDefault(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0);
        if (first is null || !PlanVocabulary.IsTotalLabel(first.Text)) return RowOutcome.NotMine;
        row.State.Close();
        return RowOutcome.SetAside;
    }
}
