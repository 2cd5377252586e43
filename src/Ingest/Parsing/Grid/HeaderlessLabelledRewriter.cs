using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>A plan table with no header row whose cells carry their own labels ("Mục tiêu: …", "Biện pháp: …",
/// "Thời gian: …" lines) beside a criterion cell ("Tiêu chí 3.2"): the labels become the header row, taken off
/// the one-field cells; cells of several labelled lines keep them for <see cref="LabelledCellRewriter"/>.</summary>
internal sealed class HeaderlessLabelledRewriter : ITableRewriter
{
    private const int MinLabelledColumns = 2;

    public TableBlock Rewrite(TableBlock table)
    {
        if (table.Rows.Count < 2 || table.ColumnCount < 3) return table;
        var labels = Enumerable.Range(0, table.ColumnCount).Select(c => LabelOf(table, c)).ToArray();
        if (labels.Count(l => l is not null && l != CriterionLabel) < MinLabelledColumns || !labels.Contains(CriterionLabel)) return table;
        var header = new TableRow([.. labels.Select((label, c) => new TableCell(c, label ?? ""))]);
        var body = table.Rows.Select(row => new TableRow([.. row.Cells.Select(Unlabelled)]));
        return table with { Rows = [header, .. body] };
    }

    private const string CriterionLabel = "Tiêu chí";

    /// <summary>The label most cells of the column open with, "Tiêu chí" for a column of criterion references.</summary>
    private static string? LabelOf(TableBlock table, int column)
    {
        var cells = table.Rows.Select(r => r.CellAt(column)).Where(x => x is { IsMergedContinuation: false } && x.Column == column && x.Text.Trim().Length > 0).ToList();
        if (cells.Count * 2 < table.Rows.Count) return null;
        if (cells.All(x => CriterionReferences.Parse(x!.Text) is not null && !x.Text.Contains(':'))) return CriterionLabel;
        var first = cells.Select(x => LabelledCells.Parts(x!.Text)).Select(p => p.Count > 0 ? p[0].Label : null).ToList();
        var common = first.GroupBy(l => l).OrderByDescending(g => g.Count()).First();
        return common.Key is not null && common.Count() * 2 > cells.Count ? common.Key : null;
    }

    private static TableCell Unlabelled(TableCell cell)
    {
        var parts = LabelledCells.Parts(cell.Text);
        return parts.Count == 1 ? cell with { Text = parts[0].Value } : cell;
    }
}
