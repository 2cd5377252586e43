using System.Text.RegularExpressions;
using Analytics.Ingest.Model;
using Analytics.Ingest.Readers.Pdf;

namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Joins tables that a page break cut in two on scanned pages (same rules as born-digital PDFs:
/// header repeats dropped, split rows glued). Scanned pages are placed and scaled differently on the glass
/// or in the camera, so "same columns" means the same column boundaries relative to the table's width,
/// not the same pixels. A page number between the two parts is page furniture and is dropped.</summary>
internal static partial class ScannedTableJoin
{
    /// <summary>Largest difference of a column boundary, as a share of the table's width.</summary>
    private const double BoundaryTolerance = 0.02;

    /// <param name="columns">Column boundaries (outer borders included, page pixels) of each table, by its provenance.</param>
    public static List<Block> Join(List<Block> blocks, IReadOnlyDictionary<Provenance, IReadOnlyList<double>> columns)
    {
        var kept = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var between = i + 1 < blocks.Count && kept.Count > 0 && kept[^1] is TableBlock && blocks[i + 1] is TableBlock
                && blocks[i + 1].Provenance.Page != kept[^1].Provenance.Page;
            if (between && blocks[i] is TextBlock text && PageNumber().IsMatch(text.Text)) continue;
            kept.Add(blocks[i]);
        }
        bool Same(TableBlock a, TableBlock b) =>
            columns.TryGetValue(a.Provenance, out var left) && columns.TryGetValue(b.Provenance, out var right) && SameColumns(left, right);
        var read = new HashSet<TableRow>(kept.OfType<TableBlock>().SelectMany(t => t.Rows), ReferenceEqualityComparer.Instance);
        return CrossPageTables.Join(RepeatedHeaders.Drop(kept, Same), Same).Select(b => Mended(b, read)).ToList();
    }

    /// <summary>A row cut by the page break is glued from two readings ("Tháng 11/202" | "4"): the cell repairs
    /// that each page's cells had are made again on the glued text, and only there (every other row is the very
    /// row its page gave, already mended once).</summary>
    private static Block Mended(Block block, HashSet<TableRow> read) => block is TableBlock table && table.Rows.Any(r => !read.Contains(r))
        ? table with { Rows = table.Rows.Select(r => read.Contains(r) ? r : Glued(r)).ToList() }
        : block;

    private static TableRow Glued(TableRow row) =>
        row with { Cells = row.Cells.Select(c => c with { Text = Cells.CellTextRepair.Apply(c.Text) }).ToList() };

    internal static bool SameColumns(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count || a.Count < 2) return false;
        var widthA = a[^1] - a[0];
        var widthB = b[^1] - b[0];
        if (widthA <= 0 || widthB <= 0) return false;
        for (var i = 1; i < a.Count - 1; i++)
        {
            if (Math.Abs((a[i] - a[0]) / widthA - (b[i] - b[0]) / widthB) > BoundaryTolerance) return false;
        }
        return true;
    }

    /// <summary>"2", "- 2 -", "Trang 2", "2/6".</summary>
    [GeneratedRegex(@"^\s*[-–—]?\s*(?:[Tt]rang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?\s*[-–—]?\s*$")]
    private static partial Regex PageNumber();
}
