using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Analytics.Ingest.Model;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>Turns a w:tbl into a grid: gridSpan → ColumnSpan, vMerge restart/continue → RowSpan on the
/// first cell and IsMergedContinuation placeholders below, gridBefore shifts a row's first column.
/// A table with a single cell is a layout frame and is unwrapped into its content; a table nested in a
/// cell of a real table is flattened into the cell's text, one line per row, cells separated by tabs.</summary>
internal sealed class DocxTableReader
{
    /// <summary>Word's own limit on a table's width; spans and offsets from the file are held to it, so a
    /// gridSpan of two billion cannot size a grid (it once asked for 13 GB).</summary>
    internal const int MaxGridColumns = 63;

    private enum Merge { None, Restart, Continue }

    private sealed class RawCell(int column, int span, Merge merge, List<Block> content)
    {
        public int Column { get; } = column;
        public int Span { get; } = span;
        public Merge Merge { get; } = merge;
        public List<Block> Content { get; } = content;
        public int RowSpan { get; set; } = 1;
        public bool IsContinuation { get; set; }
    }

    public IEnumerable<Block> Read(WordTable table, DocxBodyWalker walker, int depth)
    {
        if (depth > DocxReader.MaxNesting) return [];
        var rows = Rows(table).Select(row => ReadRow(row, walker, depth)).Where(r => r.Count > 0).ToList();
        if (rows.Count == 0) return [];
        if (rows.Count == 1 && rows[0].Count == 1) return rows[0][0].Content;

        ResolveVerticalMerges(rows);
        var modelRows = rows
            .Select(row => new Model.TableRow(row.Select(cell => new Model.TableCell(
                cell.Column,
                cell.IsContinuation ? "" : CellText(cell.Content),
                cell.Span,
                cell.RowSpan,
                cell.IsContinuation)).ToList()))
            .ToList();
        return [new TableBlock(modelRows, new Provenance(walker.Source, null, 0))];
    }

    private static IEnumerable<WordTableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is WordTableRow row) yield return row;
            else if (child is SdtRow or SdtContentRow or CustomXmlRow)
                foreach (var nested in Rows(child)) yield return nested;
        }
    }

    private static IEnumerable<WordTableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is WordTableCell cell) yield return cell;
            else if (child is SdtCell or SdtContentCell or CustomXmlCell)
                foreach (var nested in Cells(child)) yield return nested;
        }
    }

    private static List<RawCell> ReadRow(WordTableRow row, DocxBodyWalker walker, int depth)
    {
        var column = Math.Clamp(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0, 0, MaxGridColumns - 1);
        var cells = new List<RawCell>();
        foreach (var cell in Cells(row))
        {
            var properties = cell.TableCellProperties;
            var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, Math.Max(1, MaxGridColumns - column));
            // Legacy horizontal merge: a "continue" cell widens the cell on its left.
            if (properties?.HorizontalMerge is { } horizontal && horizontal.Val?.InnerText != "restart" && cells.Count > 0)
            {
                var left = cells[^1];
                cells[^1] = new RawCell(left.Column, left.Span + span, left.Merge, left.Content);
                column += span;
                continue;
            }
            var merge = properties?.VerticalMerge switch
            {
                null => Merge.None,
                { Val: null } => Merge.Continue,
                { } v when v.Val.InnerText == "restart" => Merge.Restart,
                _ => Merge.Continue,
            };
            cells.Add(new RawCell(column, span, merge, walker.Walk(cell, depth + 1)));
            column += span;
        }
        return cells;
    }

    private static void ResolveVerticalMerges(List<List<RawCell>> rows)
    {
        var open = new Dictionary<int, RawCell>();
        foreach (var row in rows)
        {
            var seen = new HashSet<int>();
            foreach (var cell in row)
            {
                seen.Add(cell.Column);
                if (cell.Merge == Merge.Continue && open.TryGetValue(cell.Column, out var owner) && owner.Span == cell.Span)
                {
                    owner.RowSpan++;
                    cell.IsContinuation = true;
                }
                else if (cell.Merge == Merge.Restart || cell.Merge == Merge.Continue)
                {
                    // A "continue" with nothing above starts a merge of its own, as Word renders it.
                    open[cell.Column] = cell;
                }
                else
                {
                    open.Remove(cell.Column);
                }
            }
            foreach (var column in open.Keys.Where(c => !seen.Contains(c)).ToList()) open.Remove(column);
        }
    }

    private static string CellText(List<Block> content) => string.Join('\n', content.Select(BlockText).Where(t => t.Length > 0));

    private static string BlockText(Block block) => block switch
    {
        TextBlock { ListLabel: { } label } text => label + " " + text.Text,
        TextBlock text => text.Text,
        TableBlock table => string.Join('\n', table.Rows.Select(row => string.Join('\t',
            row.Cells.Where(c => !c.IsMergedContinuation).Select(c => c.Text.Replace('\n', ' '))))),
        _ => "",
    };
}
