using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A row that names a criterion (or standard with content), carries a new row number, or comes first
/// opens an item; a key cell holding words but no reference is the item's target.</summary>
internal sealed class OpeningRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        if (!row.Opens) return RowOutcome.NotMine;
        var state = row.State;
        var (reference, keyText, number, _) = row.Key;
        reference ??= state.Heading;
        if (reference is { IsStandardOnly: true }) state.Standard = reference.Standard;
        var layout = state.Layout;
        var item = new RawItem(state.Standard, reference is { IsStandardOnly: true } ? null : reference, number, state.Table.Provenance)
        {
            BudgetHeader = layout.ColumnOf(ColumnRole.Budget) is var b and >= 0 ? layout.Labels[b] : null,
            HasFundingColumn = layout.Has(ColumnRole.Funding),
        };
        if (reference is null && keyText is not null) item.Add(ColumnRole.Target, keyText);
        // The criterion was read from this row's key cells: their OCR confidence is the criterion's.
        if (row.Key.Reference is not null)
        {
            foreach (var column in state.KeyColumns)
            {
                if (row.Row.CellAt(column) is { IsMergedContinuation: false, Text.Length: > 0 } cell) item.NoteConfidence(ColumnRole.Criterion, cell.Confidence);
            }
        }
        state.Open(item);
        state.RowOpenedItem = true;
        return RowOutcome.ItemChosen;
    }
}
