using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Rows of an unruled table are told apart by line gaps only when the table leaves space between
/// rows; a table set tight comes out one row per line. A line whose first cell is empty, goes on in lower
/// case ("tiêu chuẩn 3" under "Tiêu chí 1"), or is a lone number finishing the words above it ("3" under
/// "tiêu chuẩn") continues the row above; a line starting with a capital or a new row number starts one.
/// One home for the text-layer PDF reader and the scanned-page layout, which find such tables alike
/// (<see cref="UnruledTableFinder"/>).</summary>
internal static class WrappedTableLines
{
    public static TableBlock Join(TableBlock table)
    {
        var rows = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (rows.Count > 1 && row.Cells.Any(c => c.Text.Length > 0) && ContinuesAbove(row, rows[^1])) rows[^1] = Join(rows[^1], row);
            else rows.Add(row);
        }
        return table with { Rows = rows };
    }

    private static bool ContinuesAbove(TableRow row, TableRow above)
    {
        var key = row.CellAt(0)?.Text.Trim() ?? "";
        var aboveKey = above.CellAt(0)?.Text.Trim() ?? "";
        if (key.Length == 0) return true;
        var letter = key.FirstOrDefault(char.IsLetter);
        if (char.IsLetter(key[0]) && char.IsLower(letter)) return true;
        return key.Length <= 2 && key.All(char.IsAsciiDigit) && aboveKey.Length > 0 && char.IsLetter(aboveKey[^1]);
    }

    private static TableRow Join(TableRow above, TableRow line) => new(above.Cells
        .Select(cell => line.CellAt(cell.Column) is { Text.Length: > 0 } more && !cell.IsMergedContinuation
            ? cell with { Text = cell.Text.Length == 0 ? more.Text : cell.Text + " " + more.Text }
            : cell)
        .ToList());
}
