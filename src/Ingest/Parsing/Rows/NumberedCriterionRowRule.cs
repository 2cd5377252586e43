using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>Hierarchical numbering: "2 | Tiêu chí 3.1: Khuôn viên …" (a row number and one cell naming a
/// criterion, nothing else) heads the rows numbered "2.1", "2.2" below it, which are its items; it is none
/// itself.</summary>
internal sealed class NumberedCriterionRowRule : ITableRowRule
{
    public RowOutcome Apply(TableRowContext row)
    {
        if (HeadingOf(row) is not { } reference) return RowOutcome.NotMine;
        CriterionHeadingRowRule.Take(row.State, reference);
        return RowOutcome.SetAside;
    }

    private static CriterionReference? HeadingOf(TableRowContext row)
    {
        var layout = row.State.Layout;
        var number = layout.ColumnOf(ColumnRole.Number);
        if (number < 0 || layout.Has(ColumnRole.Criterion)) return null;
        var written = row.Row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count != 2 || written[0].Column != number || !IsTopNumber(written[0].Text)) return null;
        return CriterionReferences.Parse(written[1].Text) is { IsStandardOnly: false } reference ? reference : null;
    }

    /// <summary>"2", "2.", "II": a number of the top level, not "2.1".</summary>
    private static bool IsTopNumber(string text) => RowKeys.IsNumber(text) && !text.Trim().TrimEnd('.').Contains('.', StringComparison.Ordinal);
}
