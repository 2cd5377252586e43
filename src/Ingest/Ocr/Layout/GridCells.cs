using Analytics.Ingest.Readers.Pdf;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>The cells of a ruled grid, merged where the separating rule is missing: no vertical rule at a
/// row's middle → the cell spans columns; no horizontal rule at a column's middle → the cell spans rows.
/// Both the per-cell recogniser and the table reader use the same cells, so text read in a cell lands in it.</summary>
internal static class GridCells
{
    /// <summary>Cells in row-major order of their top-left atomic cell, each with its span and box.</summary>
    public static IReadOnlyList<GridCell> Of(GridTable grid, double tolerance)
    {
        var owner = Owners(grid, tolerance);
        var cells = new List<GridCell>();
        var rowCount = owner.GetLength(0);
        var colCount = owner.GetLength(1);
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < colCount; c++)
            {
                if (owner[r, c] != (r, c)) continue;
                var span = 1;
                while (c + span < colCount && owner[r, c + span] == (r, c)) span++;
                var rowSpan = 1;
                while (r + rowSpan < rowCount && owner[r + rowSpan, c] == (r, c)) rowSpan++;
                cells.Add(new GridCell(r, c, rowSpan, span, grid.Columns[c], grid.Rows[r], grid.Columns[c + span], grid.Rows[r + rowSpan]));
            }
        }
        return cells;
    }

    /// <summary>For each atomic cell, the atomic cell at the top left of the merged cell that holds it.</summary>
    public static (int Row, int Col)[,] Owners(GridTable grid, double tolerance)
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
                var separated = Covers(grid.Vertical, grid.Columns[c], grid.Rows[r], grid.Rows[r + 1], tolerance)
                                || SpansRow(grid.Stubs, grid.Columns[c], grid.Rows[r], grid.Rows[r + 1], tolerance);
                if (c > 0 && !separated) owner[r, c] = owner[r, c - 1];
                else if (r > 0 && !HasRule(grid.Horizontal, grid.Rows[r], midX, tolerance)) owner[r, c] = owner[r - 1, c];
            }
        }
        return owner;
    }

    /// <summary>A short run separates two cells of a one-line row only when it runs the row's whole height at a
    /// column boundary: a tall glyph standing there keeps the cell's padding above and below it.</summary>
    private static bool SpansRow(IReadOnlyList<Rule> stubs, double position, double top, double bottom, double tolerance) =>
        stubs.Any(s => Math.Abs(s.Position - position) <= tolerance && s.From <= top + tolerance && s.To >= bottom - tolerance);

    /// <summary>Vertical rules at a column boundary that run most of a row's height: a rule that only reaches into
    /// the row (the long stroke of a "k" or "đ" of a full-width heading, bridged onto the rule below by the
    /// closing that mends broken rules) does not cut the heading in two.</summary>
    private static bool Covers(IReadOnlyList<Rule> rules, double position, double top, double bottom, double tolerance)
    {
        double covered = 0, reached = top;
        foreach (var rule in rules.Where(r => Math.Abs(r.Position - position) <= tolerance).OrderBy(r => r.From))
        {
            var from = Math.Max(reached, rule.From - tolerance);
            var to = Math.Min(bottom, rule.To + tolerance);
            if (to <= from) continue;
            covered += to - from;
            reached = to;
        }
        return covered >= RowCoverage * (bottom - top);
    }

    private const double RowCoverage = 0.7;

    private static bool HasRule(IReadOnlyList<Rule> rules, double position, double along, double tolerance) =>
        rules.Any(rule => Math.Abs(rule.Position - position) <= tolerance && along >= rule.From - tolerance && along <= rule.To + tolerance);
}
