using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A new row number under a criterion cell merged down from the row above: a new item of the same
/// criterion. A blank criterion cell is read the same way: it is how a merged cell arrives in text copied out of
/// Word, and how offices that do not merge write "the same criterion".</summary>
internal sealed class MergedCriterionRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        var state = row.State;
        if (!row.Opens || row.Key.Reference is not null || state.Current is null || row.Key.Number is null) return RowOutcome.NotMine;
        var column = state.Layout.ColumnOf(ColumnRole.Criterion);
        if (column < 0 || row.Row.CellAt(column) is not ({ IsMergedContinuation: true } or { Text.Length: 0 })) return RowOutcome.NotMine;
        state.OpenSibling(row.Key.Number);
        state.RowOpenedItem = true;
        return RowOutcome.ItemChosen;
    }
}
