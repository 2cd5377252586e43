using Analytics.Ingest.Model;
using Analytics.Ingest.Ocr.Layout;
using Analytics.Ingest.Ocr.Native;
using Analytics.Ingest.Ocr.Preprocessing;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>Recognises ruled tables cell by cell: Tesseract is given one cell's rectangle at a time as a single
/// block of text, so a line never runs on into the next cell and a cell's wrapped lines stay together,
/// which whole-page layout analysis does not guarantee once a scan has blurred the rules. Empty cells are
/// skipped from their ink alone, a lone tick is read from its ink (<see cref="CellMarks"/>), and once a grid is read,
/// the cells of its criterion-code column that read as no code are read again (<see cref="CodeCellRereading"/>).</summary>
internal static class TableCellReader
{
    /// <summary>Gray level under which a pixel is ink; the background has been flattened to about 200.</summary>
    internal const int InkThreshold = 160;

    /// <returns>False when <paramref name="stop"/> asked to stop before every cell was read.</returns>
    public static bool Read(TessBaseApiHandle api, MonitorHandle monitor, PreparedPage page, IReadOnlyList<GridTable> grids,
        WordReader reader, List<OcrWord> words, Func<bool> stop)
    {
        using var binary = LeptonicaApi.pixThresholdToBinary(page.Pix, InkThreshold);
        if (binary.IsInvalid) return true;
        var tolerance = GridFinder.Tolerance(page.Resolution);
        var inset = Math.Max(2, page.Resolution / 100);
        var margin = Math.Max(3, page.Resolution / 40);
        TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmSingleBlock);
        try
        {
            foreach (var grid in grids)
            {
                var cells = new List<ReadCell>();
                foreach (var cell in GridCells.Of(grid, tolerance))
                {
                    if (stop()) return false;
                    var inner = new BoundingBox(cell.Left + inset, cell.Top + inset, cell.Right - inset, cell.Bottom - inset);
                    if (inner.Width < 2 * inset || inner.Height < 2 * inset) continue;
                    var ink = CellInk.In(binary, inner, page.Resolution);
                    if (ink.IsEmpty) continue;
                    var rect = Around(ink.Outline, inner, margin);
                    cells.Add(new ReadCell(cell, rect, inner, ink, CellRereading.Read(api, monitor, page, rect, inner, reader)));
                }
                if (stop()) return false;
                CodeCellRereading.Apply(api, monitor, page, cells, reader);
                foreach (var cell in cells) words.AddRange(CellMarks.Apply(cell.Words, cell.Ink, page.Resolution, reader.NewLine));
            }
            return true;
        }
        finally
        {
            TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmAuto);
        }
    }

    /// <summary>The ink's outline with a margin (Tesseract needs white around glyphs), kept inside the cell.</summary>
    private static BoundingBox Around(BoundingBox ink, BoundingBox cell, int margin) =>
        new(Math.Max(cell.Left, ink.Left - margin), Math.Max(cell.Top, ink.Top - margin),
            Math.Min(cell.Right, ink.Right + margin), Math.Min(cell.Bottom, ink.Bottom + margin));
}
