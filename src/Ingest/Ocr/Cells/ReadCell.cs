using Analytics.Ingest.Model;
using Analytics.Ingest.Readers.Pdf;

namespace Analytics.Ingest.Ocr.Cells;

/// <summary>One cell of a ruled table as first read: where it is in its grid, the ink's rectangle with its margin
/// (<see cref="Rect"/>), the cell inside its rules (<see cref="Room"/>), its ink, and its words, which a second
/// reading that knows the cell's column may replace (<see cref="CodeCellRereading"/>).</summary>
internal sealed class ReadCell(GridCell cell, BoundingBox rect, BoundingBox room, CellInk ink, List<OcrWord> words)
{
    public GridCell Cell { get; } = cell;
    public BoundingBox Rect { get; } = rect;
    public BoundingBox Room { get; } = room;
    public CellInk Ink { get; } = ink;
    public List<OcrWord> Words { get; set; } = words;

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
