using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Plan tables laid on their side: one column per criterion ("Nội dung | Tiêu chí 1.6 | Tiêu chí 3.3 |
/// …"), one row per field ("Mục tiêu", "Biện pháp", "Thời gian", "Kinh phí", …). Such a table is turned upright
/// (a row per criterion under a header of the field labels) so the item table reader reads it like any other.</summary>
internal static class TransposedTables
{
    private const int LongestLabel = 40;

    /// <summary>The table turned upright when its first row names a criterion in every column after the first
    /// (two at least) and its first column holds field labels (three at least, nearly all rows); otherwise the
    /// table itself.</summary>
    public static TableBlock Upright(TableBlock table)
    {
        if (table.Rows.Count < 4 || table.ColumnCount < 3) return table;
        var columns = table.ColumnCount;
        var top = table.Rows[0];
        for (var c = 1; c < columns; c++)
        {
            var cell = top.CellAt(c);
            if (cell is null || cell.Column != c || CriterionReferences.Parse(cell.Text) is not { IsStandardOnly: false }) return table;
        }
        var labels = table.Rows.Skip(1).Select(r => r.CellAt(0) is { Column: 0 } cell ? cell.Text.Trim() : "").ToList();
        var known = labels.Count(IsFieldLabel);
        if (known < 3 || known * 4 < labels.Count * 3) return table;

        var header = new List<TableCell> { new(0, "Tiêu chí", 1, 1, false) };
        header.AddRange(labels.Select((l, i) => new TableCell(i + 1, l, 1, 1, false)));
        var rows = new List<TableRow> { new(header) };
        for (var c = 1; c < columns; c++)
        {
            var cells = new List<TableCell> { new(0, top.CellAt(c)!.Text, 1, 1, false) };
            for (var r = 1; r < table.Rows.Count; r++)
            {
                var cell = table.Rows[r].CellAt(c);
                // A value written once across several criteria (a gridSpan) belongs to each of them.
                cells.Add(new TableCell(r, cell?.Text ?? "", 1, 1, false));
            }
            rows.Add(new TableRow(cells));
        }
        return new TableBlock(rows, table.Provenance);
    }

    private static bool IsFieldLabel(string label) =>
        label.Length is > 1 and <= LongestLabel && !label.Contains('\n')
        && HeaderVocabulary.RoleOf(label.TrimEnd(':')) is not (ColumnRole.Unknown or ColumnRole.Number);
}
