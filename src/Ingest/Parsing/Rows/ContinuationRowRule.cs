namespace Analytics.Ingest.Parsing.Rows;

/// <summary>Any other row continues the item above (a row split by a page break, a sub-action under a merged
/// criterion cell, a part of a budget broken into sub-rows); a loose key text continues the criterion's name.</summary>
internal sealed class ContinuationRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        var current = row.State.Current!;
        current.CountRow();
        if (row.Key.KeyText is not null) current.ContinueName(row.Key.KeyText);
        row.State.RowOpenedItem = false;
        return RowOutcome.ItemChosen;
    }
}
