using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>A plan table whose "Nội dung cải tiến" cell holds "Mục tiêu: …" and "Biện pháp: …" lines and whose
/// "Tổ chức thực hiện" cell holds the lead, time and money as labelled lines: each such column becomes one
/// column per field, headed by its label, so the row rules read it like any plan table.</summary>
internal sealed class LabelledCellRewriter : ITableRewriter
{
    public TableBlock Rewrite(TableBlock table)
    {
        if (table.Rows.Count < 2) return table;
        for (var c = table.ColumnCount - 1; c >= 0; c--)
            if (FieldsOf(table, c) is { Count: >= 2 } fields) table = Expand(table, c, fields);
        return table;
    }

    /// <summary>The fields a column's cells are written as, when most of its body cells hold two labelled fields or more.</summary>
    private static List<(ColumnRole Role, string Label)>? FieldsOf(TableBlock table, int column)
    {
        var cells = table.Rows.Skip(1).Select(r => r.CellAt(column))
            .Where(x => x is { IsMergedContinuation: false, ColumnSpan: 1 } && x.Column == column && x.Text.Trim().Length > 0).ToList();
        var parts = cells.Select(x => LabelledCells.Parts(x!.Text)).ToList();
        if (cells.Count == 0 || parts.Count(p => p.Count >= 2) * 2 <= cells.Count) return null;
        return [.. parts.SelectMany(p => p).DistinctBy(p => p.Role).Select(p => (p.Role, p.Label))];
    }

    private static TableBlock Expand(TableBlock table, int column, List<(ColumnRole Role, string Label)> fields)
    {
        var extra = fields.Count - 1;
        var rows = table.Rows.Select((row, r) => new TableRow([.. row.Cells.SelectMany(cell => cell.Column == column && cell.ColumnSpan == 1
            ? Split(cell, r == 0, fields)
            : [cell.Column > column ? cell with { Column = cell.Column + extra } : cell.Column < column && cell.Column + cell.ColumnSpan > column ? cell with { ColumnSpan = cell.ColumnSpan + extra } : cell])])).ToList();
        return table with { Rows = rows };
    }

    private static IEnumerable<TableCell> Split(TableCell cell, bool header, List<(ColumnRole Role, string Label)> fields)
    {
        var parts = header ? [] : LabelledCells.Parts(cell.Text);
        return fields.Select((f, i) => cell with
        {
            Column = cell.Column + i,
            Text = header ? f.Label : string.Join("; ", parts.Where(p => p.Role == f.Role).Select(p => p.Value)),
        });
    }
}
