using Analytics.Ingest.Model;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Fills a ruled grid with the page's words. Atomic cells between adjacent boundaries are joined
/// where the separating rule is missing: no vertical rule at a row's middle → the cell spans columns;
/// no horizontal rule at a column's middle → the cell spans rows (continuation placeholders below).</summary>
internal static class GridTableReader
{
    public static TableBlock Read(GridTable grid, IReadOnlyList<OcrWord> words, Provenance provenance, double tolerance)
    {
        var rowCount = grid.Rows.Count - 1;
        var colCount = grid.Columns.Count - 1;
        var owner = new (int Row, int Col)[rowCount, colCount];
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < colCount; c++)
            {
                owner[r, c] = (r, c);
                var midY = (grid.Rows[r] + grid.Rows[r + 1]) / 2;
                var midX = (grid.Columns[c] + grid.Columns[c + 1]) / 2;
                if (c > 0 && !HasRule(grid.Vertical, grid.Columns[c], midY, tolerance)) owner[r, c] = owner[r, c - 1];
                else if (r > 0 && !HasRule(grid.Horizontal, grid.Rows[r], midX, tolerance)) owner[r, c] = owner[r - 1, c];
            }
        }

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
                    var text = TextJoiner.Join(LineGrouper.GroupTopDown(inCell));
                    double? confidence = inCell.Count == 0 ? null : inCell.Average(w => w.Confidence);
                    cells.Add(new TableCell(c, text, span, rowSpan, false, confidence));
                }
                c += span;
            }
            rows.Add(new TableRow(cells));
        }
        return new TableBlock(rows, provenance with { Box = grid.Region });
    }

    private static bool HasRule(IReadOnlyList<Rule> rules, double position, double along, double tolerance) =>
        rules.Any(rule => Math.Abs(rule.Position - position) <= tolerance && along >= rule.From - tolerance && along <= rule.To + tolerance);

    private static int Index(IReadOnlyList<double> boundaries, double value)
    {
        for (var i = 0; i < boundaries.Count - 1; i++)
        {
            if (value >= boundaries[i] && value < boundaries[i + 1]) return i;
        }
        return -1;
    }
}
