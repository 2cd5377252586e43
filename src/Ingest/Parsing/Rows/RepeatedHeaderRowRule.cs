namespace Analytics.Ingest.Parsing.Rows;

/// <summary>A header row repeated inside the table (a page break in a PDF puts the second header line
/// "Dự kiến | Nguồn" among the rows): every written cell says what the header says in its column.</summary>
internal sealed class RepeatedHeaderRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        var layout = row.State.Layout;
        var header = row.State.Table.Rows.Take(layout.HeaderRows).ToList();
        var written = row.Row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count == 0 || header.Count == 0) return RowOutcome.NotMine;
        var repeats = written.All(c => header.Any(h =>
            h.CellAt(c.Column) is { IsMergedContinuation: false } hc && hc.Column == c.Column && Folded.Of(hc.Text) == Folded.Of(c.Text)));
        return repeats ? RowOutcome.SetAside : RowOutcome.NotMine;
    }
}
