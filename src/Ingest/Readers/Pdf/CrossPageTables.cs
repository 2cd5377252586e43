using Analytics.Ingest.Model;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Joins a table that a page break cut in two: when a page's last block and the next page's
/// first block are tables with the same columns at the same place, they are one table. A header row
/// repeated at the top of the new page is dropped, and a row that the break split (its first cell
/// empty on the new page) is glued back onto the row it continues.</summary>
internal static class CrossPageTables
{
    private const double EdgeTolerance = 3.0;

    public static List<Block> Join(List<Block> blocks) => Join(blocks, SameEdges);

    /// <summary>Joins with another test of "same columns" (OCR pages are placed and scaled differently,
    /// so it compares column positions relative to the table instead of absolute edges).</summary>
    public static List<Block> Join(List<Block> blocks, Func<TableBlock, TableBlock, bool> sameColumns)
    {
        var output = new List<Block>(blocks.Count);
        int? lastPage = null;
        foreach (var block in blocks)
        {
            if (output.Count > 0 && output[^1] is TableBlock previous && block is TableBlock next && Continues(previous, lastPage, next, sameColumns))
                output[^1] = Merge(previous, next);
            else
                output.Add(block);
            lastPage = block.Provenance.Page;
        }
        return output;
    }

    private static bool Continues(TableBlock previous, int? previousPage, TableBlock next, Func<TableBlock, TableBlock, bool> sameColumns)
    {
        if (previousPage is not { } page || next.Provenance.Page != page + 1) return false;
        return previous.ColumnCount == next.ColumnCount && sameColumns(previous, next);
    }

    private static bool SameEdges(TableBlock previous, TableBlock next) =>
        previous.Provenance.Box is { } a && next.Provenance.Box is { } b
        && Math.Abs(a.Left - b.Left) <= EdgeTolerance && Math.Abs(a.Right - b.Right) <= EdgeTolerance;

    private static TableBlock Merge(TableBlock previous, TableBlock next)
    {
        var rows = previous.Rows.ToList();
        var incoming = next.Rows.ToList();
        if (incoming.Count > 0 && SameTexts(incoming[0], rows[0])) incoming.RemoveAt(0);
        if (incoming.Count > 0 && rows.Count > 0 && IsSplitRow(incoming[0], rows[^1]))
        {
            rows[^1] = Glue(rows[^1], incoming[0]);
            incoming.RemoveAt(0);
        }
        rows.AddRange(incoming);
        return previous with { Rows = rows };
    }

    private static bool SameTexts(TableRow a, TableRow b) =>
        a.Cells.Count == b.Cells.Count && a.Cells.Zip(b.Cells).All(p => p.First.Column == p.Second.Column && p.First.Text == p.Second.Text);

    private static bool IsSplitRow(TableRow first, TableRow last) =>
        first.Cells.Select(c => (c.Column, c.ColumnSpan)).SequenceEqual(last.Cells.Select(c => (c.Column, c.ColumnSpan)))
        && last.CellAt(0) is { Text.Length: > 0 }
        && first.Cells.Any(c => c.Text.Length > 0)
        && (first.CellAt(0) is { Text.Length: 0, IsMergedContinuation: false } || ContinuesMidSentence(first, last));

    /// <summary>The break cut every cell mid-text: the new page's row has cells the old one filled left empty
    /// (their text ended before the break), and every other cell but the first goes on in lower case.</summary>
    private static bool ContinuesMidSentence(TableRow first, TableRow last)
    {
        var rest = first.Cells.Where(c => c.Column > 0 && c.Text.Length > 0).ToList();
        var endedBefore = last.Cells.Any(c => c.Column > 0 && c.Text.Length > 0 && first.CellAt(c.Column) is { Text.Length: 0 });
        // A row of ticks ("x" under "Mức 2") is a new criterion's row, not a sentence going on.
        return rest.Count > 0 && endedBefore && rest.Any(c => c.Text.Count(char.IsLetter) >= 2)
            && rest.All(c => c.Text.FirstOrDefault(char.IsLetterOrDigit) is var ch && char.IsLower(ch));
    }

    private static TableRow Glue(TableRow last, TableRow tail) => new(last.Cells
        .Select(cell => tail.CellAt(cell.Column) is { Text.Length: > 0 } more && !cell.IsMergedContinuation
            ? cell with { Text = cell.Text.Length == 0 ? more.Text : cell.Text + (LooksLikeNewItem(more.Text) ? "\n" : " ") + more.Text }
            : cell)
        .ToList());

    private static bool LooksLikeNewItem(string text) => text.StartsWith('-') || text.StartsWith('+') || text.StartsWith('•');
}
