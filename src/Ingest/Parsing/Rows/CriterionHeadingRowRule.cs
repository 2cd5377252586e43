using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>"Tiêu chí 3.2: Phòng học" written alone across the table: a heading over the numbered action rows
/// below, which all belong to that criterion; it closes the item above and is none itself.</summary>
internal sealed class CriterionHeadingRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        if (HeadingOf(row.Row, row.State.Table.ColumnCount) is not { } reference) return RowOutcome.NotMine;
        Take(row.State, reference);
        return RowOutcome.SetAside;
    }

    /// <summary>Closes the item above and makes <paramref name="reference"/> the criterion of the rows below.</summary>
    public static void Take(TableRowState state, CriterionReference reference)
    {
        state.Close();
        state.Heading = reference;
        state.Standard = reference.Standard;
    }

    /// <summary>The criterion of a row whose one written cell spans most of the row and names a criterion.</summary>
    public static CriterionReference? HeadingOf(TableRow row, int columns)
    {
        var written = row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count != 1 || written[0].ColumnSpan * 2 < columns) return null;
        return CriterionReferences.Parse(written[0].Text) is { IsStandardOnly: false } reference ? reference : null;
    }
}
