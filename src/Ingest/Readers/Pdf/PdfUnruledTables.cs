using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr;
using Analytics.Ingest.Ocr.Layout;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Tables printed without ruling lines in a text-layer PDF (columns set apart only by white space):
/// the page's words outside ruled tables are handed to the same gutter finder that reads unruled tables on
/// scanned pages (<see cref="UnruledTableFinder"/>), and each table it finds is filled like a ruled grid.</summary>
internal static class PdfUnruledTables
{
    /// <summary>Word positions are in points here, not pixels: a couple of points is a safe slack.</summary>
    private const double Tolerance = 2.0;

    public sealed record Found(TableBlock Table, GridTable Grid);

    /// <summary>Rows of an unruled table are told apart by line gaps only when the table leaves space between
    /// rows; a table set tight comes out one row per line. A line whose first cell is empty, goes on in lower
    /// case ("tiêu chuẩn 3" under "Tiêu chí 1"), or is a lone number finishing the words above it ("3" under
    /// "tiêu chuẩn") continues the row above; a line starting with a capital or a new row number starts one.</summary>
    public static TableBlock JoinWrappedLines(TableBlock table)
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

    public static List<Found> Find(string source, int pageNumber, IReadOnlyList<Glyph> flow)
    {
        var lines = LineBuilder.Build(flow);
        var words = new List<OcrWord>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var w in lines[i].Words)
                words.Add(new OcrWord(w.Text, new BoundingBox(w.Left, w.Top, w.Right, w.Bottom), 1.0, 0, i));
        }
        var found = new List<Found>();
        foreach (var grid in UnruledTableFinder.Find(words, exactPositions: true))
        {
            var inside = words.Where(w => grid.Contains(w.Box)).ToList();
            var table = GridTableReader.Read(grid, inside, new Provenance(source, pageNumber, 0, grid.Region), Tolerance);
            found.Add(new Found(JoinWrappedLines(table), grid));
        }
        return found;
    }
}
