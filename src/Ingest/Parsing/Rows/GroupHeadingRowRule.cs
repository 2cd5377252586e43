using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>"B. ĐIỂM TRƯỜNG KHE CHUNG" across the table: a heading over the rows below (a campus, a group of
/// work), which closes the item above and is none itself. One written cell, in the first column or spanning
/// most of the row, in capitals (a few lower-case words such as a place in brackets allowed), naming no
/// criterion or standard.</summary>
internal sealed class GroupHeadingRowRule : ITableRowRule
{
    private const int MinLetters = 6;
    private const double CapitalShare = 0.6;

    public RowOutcome Apply(TableRowContext row)
    {
        if (!IsGroupRow(row.Row, row.State.Table.ColumnCount)) return RowOutcome.NotMine;
        row.State.Close();
        return RowOutcome.SetAside;
    }

    public static bool IsGroupRow(TableRow row, int columns)
    {
        var written = row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count != 1) return false;
        var cell = written[0];
        if (cell.Column != 0 && cell.ColumnSpan * 2 < columns) return false;
        var letters = cell.Text.Where(char.IsLetter).ToList();
        if (letters.Count < MinLetters || letters.Count(char.IsUpper) < letters.Count * CapitalShare) return false;
        return CriterionReferences.Parse(cell.Text) is null && CriterionReferences.Parse(cell.Text, bare: true) is null;
    }
}
