using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A row under an empty (merged) criterion cell that is a complete action of its own becomes a second
/// item of the same criterion: several cells filled, its own amount where the item above has one too, or its
/// own different time with a lead; not text running on from above (lower case) and not the next point of a
/// numbered list ("2. …").</summary>
internal sealed partial class SubItemRowRule : ITableRowRule
{
    private const int MinCells = 4;

    public RowOutcome Apply(TableRowContext row)
    {
        if (row.Opens || !IsOwnSubItem(row)) return RowOutcome.NotMine;
        row.State.OpenSibling(null);
        row.State.RowOpenedItem = true;
        return RowOutcome.ItemChosen;
    }

    private static bool IsOwnSubItem(TableRowContext row)
    {
        var layout = row.State.Layout;
        var current = row.State.Current!;
        var cells = RowKeys.ContentColumns(layout, row.State.KeyColumns)
            .Select(c => (Role: layout.Roles[c], Text: row.Row.CellAt(c)?.Text ?? "")).Where(c => c.Text.Length > 0).ToList();
        if (cells.Count < MinCells) return false;
        // A lettered action ("b) Sơn lại …") is judged by its words, not by its lower-case letter.
        var first = ListLetters.Without(cells[0].Text.TrimStart());
        if (first.Length == 0 || char.IsLower(first[0]) || ListContinuation().IsMatch(first)) return false;
        var budget = cells.FirstOrDefault(c => c.Role == ColumnRole.Budget).Text;
        var ownAmount = budget is { Length: > 0 } && budget.Any(char.IsDigit) && current.Pieces(ColumnRole.Budget).Any(p => p.Any(char.IsDigit));
        var time = cells.FirstOrDefault(c => c.Role == ColumnRole.Timeline).Text;
        var times = current.Pieces(ColumnRole.Timeline);
        var ownTime = time is { Length: > 0 } && times.Count > 0 && !times.Contains(time);
        return ownAmount || (ownTime && cells.Any(c => c.Role == ColumnRole.Lead));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[2-9]|1\d)\s*[\.\)]\s")]
    private static partial System.Text.RegularExpressions.Regex ListContinuation();
}
