using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Fills a ruled grid with the page's words, cell by cell as <see cref="GridCells"/> merges them
/// (continuation placeholders below a cell that spans rows).</summary>
internal static class GridTableReader
{
    public static TableBlock Read(GridTable grid, IReadOnlyList<OcrWord> words, Provenance provenance, double tolerance)
    {
        var rowCount = grid.Rows.Count - 1;
        var colCount = grid.Columns.Count - 1;
        var owner = GridCells.Owners(grid, tolerance);

        var cellWords = new Dictionary<(int, int), List<OcrWord>>();
        foreach (var word in words)
        {
            var r = Index(grid.Rows, (word.Box.Top + word.Box.Bottom) / 2);
            var c = Index(grid.Columns, (word.Box.Left + word.Box.Right) / 2);
            if (r < 0 || c < 0) continue;
            if (RuleRemnants.Strip(word, grid.Columns[c], grid.Columns[c + 1], 3 * tolerance) is not { } kept) continue;
            var key = owner[r, c];
            if (!cellWords.TryGetValue(key, out var list)) cellWords[key] = list = [];
            list.Add(kept);
        }

        var rows = new List<TableRow>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            var cells = new List<TableCell>();
            for (var c = 0; c < colCount;)
            {
                var key = owner[r, c];
                var span = 1;
                while (c + span < colCount && owner[r, c + span] == key) span++;
                if (key.Row < r)
                {
                    cells.Add(new TableCell(c, "", span, IsMergedContinuation: true));
                }
                else
                {
                    var rowSpan = 1;
                    while (r + rowSpan < rowCount && owner[r + rowSpan, c] == key) rowSpan++;
                    var inCell = cellWords.GetValueOrDefault(key) ?? [];
                    var text = Cells.CellTextRepair.Apply(TextJoiner.Join(LineGrouper.GroupTopDown(inCell)));
                    double? confidence = inCell.Count == 0 ? null : inCell.Average(w => w.Confidence);
                    cells.Add(new TableCell(c, text, span, rowSpan, false, confidence));
                }
                c += span;
            }
            rows.Add(new TableRow(cells));
        }
        return new TableBlock(rows, provenance with { Box = grid.Region });
    }

    private static int Index(IReadOnlyList<double> boundaries, double value)
    {
        for (var i = 0; i < boundaries.Count - 1; i++)
        {
            if (value >= boundaries[i] && value < boundaries[i + 1]) return i;
        }
        return -1;
    }
}
