using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers.Xlsx;

/// <summary>Lays a sheet out as the document model, as a Word author would have written it: a band of
/// consecutive non-empty rows holding a row of three or more cells is a table, from that row to the
/// band's last row of two or more cells (full-width section rows inside stay in the table); the lines
/// above and below it — title, masthead, signatures — are paragraphs in reading order (row by row, left to
/// right). Merged ranges become spans as the DOCX reader makes them: ColumnSpan and RowSpan on the
/// top-left cell, <see cref="TableCell.IsMergedContinuation"/> placeholders in the rows below. Empty rows
/// and columns are trimmed from each table.</summary>
internal sealed class XlsxLayout
{
    private const int TableStartCells = 3;
    private const int TableRowCells = 2;

    private readonly Dictionary<(int Row, int Column), string> _text = [];
    private readonly Dictionary<int, List<SheetMerge>> _mergesByRow = [];
    private readonly SortedDictionary<int, List<SheetCell>> _rows = [];

    private XlsxLayout() { }

    /// <summary>The sheet's blocks in reading order, or why the sheet was refused (a grid larger than
    /// <paramref name="maxGridCells"/>).</summary>
    public static Result<List<Block>> Blocks(SheetContent sheet, string source, int maxGridCells)
    {
        var layout = new XlsxLayout();
        if (layout.Index(sheet, maxGridCells) is { } refused) return Result<List<Block>>.Failure(refused);
        return layout.Lay(source, maxGridCells);
    }

    private string? Index(SheetContent sheet, int maxGridCells)
    {
        foreach (var cell in sheet.Cells) _text[(cell.Row, cell.Column)] = cell.Text;
        if (_text.Count == 0) return null;
        var lastRow = _text.Keys.Max(k => k.Row);
        var registered = 0;
        // Only merges showing text matter; a merge's rows are clipped to the sheet's last row with text.
        foreach (var merge in sheet.Merges.Where(m => _text.ContainsKey((m.Top, m.Left))))
        {
            for (var row = merge.Top; row <= Math.Min(merge.Bottom, lastRow); row++)
            {
                if (++registered > maxGridCells) return $"the sheet's merged ranges cover more than {maxGridCells} rows; not a plausible document";
                if (!_mergesByRow.TryGetValue(row, out var list)) _mergesByRow[row] = list = [];
                list.Add(merge);
            }
        }
        foreach (var list in _mergesByRow.Values) list.Sort((a, b) => a.Left.CompareTo(b.Left));

        // A value under another cell's merge is not shown by Excel.
        foreach (var ((row, column), text) in _text)
        {
            var merge = MergeAt(row, column);
            if (merge is not null && (merge.Top, merge.Left) != (row, column)) continue;
            if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
            cells.Add(new SheetCell(row, column, text));
        }
        foreach (var cells in _rows.Values) cells.Sort((a, b) => a.Column.CompareTo(b.Column));
        foreach (var row in _mergesByRow.Keys) _rows.TryAdd(row, []);
        return null;
    }

    private Result<List<Block>> Lay(string source, int maxGridCells)
    {
        var blocks = new List<Block>();
        foreach (var band in Bands())
        {
            var start = band.FindIndex(row => CellCount(row) >= TableStartCells);
            var end = start < 0 ? -1 : band.FindLastIndex(row => CellCount(row) >= TableRowCells);
            if (start < 0)
            {
                blocks.AddRange(band.SelectMany(row => Paragraphs(row, source)));
                continue;
            }
            blocks.AddRange(band.Take(start).SelectMany(row => Paragraphs(row, source)));
            var table = Table(band[start], band[end], source, maxGridCells);
            if (!table.IsSuccess) return Result<List<Block>>.Failure(table.Error!);
            blocks.Add(table.Value);
            blocks.AddRange(band.Skip(end + 1).SelectMany(row => Paragraphs(row, source)));
        }
        return blocks;
    }

    /// <summary>Runs of consecutive rows with something shown (text, or a merge reaching down into them).</summary>
    private List<List<int>> Bands()
    {
        var bands = new List<List<int>>();
        foreach (var row in _rows.Keys)
        {
            if (bands.Count == 0 || bands[^1][^1] != row - 1) bands.Add([]);
            bands[^1].Add(row);
        }
        return bands;
    }

    // Cells a row shows: its own, plus merges reaching down into it from above.
    private int CellCount(int row) =>
        _rows[row].Count + (_mergesByRow.TryGetValue(row, out var merges) ? merges.Count(m => m.Top < row) : 0);

    private IEnumerable<Block> Paragraphs(int row, string source) =>
        _rows[row]
            .SelectMany(cell => cell.Text.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => new TextBlock(TextKind.Paragraph, line, new Provenance(source, null, 0)));

    private Result<Block> Table(int top, int bottom, string source, int maxGridCells)
    {
        var rows = Enumerable.Range(top, bottom - top + 1).ToList();
        var columns = rows.SelectMany(row => _rows[row].Select(cell => cell.Column)).Distinct().Order().ToList();
        if ((long)rows.Count * columns.Count > maxGridCells)
            return Result<Block>.Failure($"a table of {rows.Count} rows by {columns.Count} columns is larger than the {maxGridCells}-cell limit");

        var modelRows = new List<TableRow>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<TableCell>(columns.Count);
            for (var index = 0; index < columns.Count; index++)
            {
                var column = columns[index];
                var merge = MergeAt(row, column);
                if (merge is null || merge.Top < top)
                {
                    cells.Add(new TableCell(index, _text.GetValueOrDefault((row, column)) ?? ""));
                    continue;
                }
                var span = columns.Skip(index).TakeWhile(c => c <= merge.Right).Count();
                cells.Add(merge.Top == row
                    ? new TableCell(index, _text[(row, merge.Left)], span, Math.Min(merge.Bottom, bottom) - row + 1)
                    : new TableCell(index, "", span, IsMergedContinuation: true));
                index += span - 1;
            }
            modelRows.Add(new TableRow(cells));
        }
        return new TableBlock(modelRows, new Provenance(source, null, 0));
    }

    // Excel forbids overlapping merges, so within a row the merges sorted by their left column are
    // disjoint and a binary search finds the one covering a column.
    private SheetMerge? MergeAt(int row, int column)
    {
        if (!_mergesByRow.TryGetValue(row, out var merges)) return null;
        int low = 0, high = merges.Count - 1;
        SheetMerge? candidate = null;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (merges[middle].Left <= column) { candidate = merges[middle]; low = middle + 1; }
            else high = middle - 1;
        }
        return candidate is not null && candidate.Contains(row, column) ? candidate : null;
    }
}
