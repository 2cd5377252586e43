namespace Analytics.Ingest.Model;

/// <summary>One unit of a document in reading order: a run of text or a table.</summary>
public abstract record Block(Provenance Provenance);

public enum TextKind
{
    Paragraph,
    Heading,
    ListItem,
}

/// <summary>A paragraph, heading or list item. Line breaks inside it are kept as '\n'.
/// <paramref name="Confidence"/> is the recognition confidence (0..1) for OCR text, null for born-digital text.
/// <paramref name="ListLabel"/> is the rendered numbering ("1.", "a)", "-") when the format numbers it apart from the text.</summary>
public sealed record TextBlock(
    TextKind Kind,
    string Text,
    Provenance Provenance,
    double? Confidence = null,
    string? ListLabel = null,
    int? HeadingLevel = null) : Block(Provenance);

/// <summary>A table as a grid. Every row lists its cells left to right with their grid column.</summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, Provenance Provenance) : Block(Provenance)
{
    /// <summary>Number of grid columns (the widest row, counting spans).</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells[^1].Column + r.Cells[^1].ColumnSpan);
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>The cell covering grid column <paramref name="column"/>, or null.</summary>
    public TableCell? CellAt(int column) =>
        Cells.FirstOrDefault(c => column >= c.Column && column < c.Column + c.ColumnSpan);
}

/// <summary>A table cell. Paragraphs inside the cell are joined with '\n'.
/// A vertically merged cell appears once with <see cref="RowSpan"/> &gt; 1 in its first row; the rows it
/// covers below carry a placeholder with <see cref="IsMergedContinuation"/> set and empty text, so each row
/// still lists every grid column it has.</summary>
public sealed record TableCell(
    int Column,
    string Text,
    int ColumnSpan = 1,
    int RowSpan = 1,
    bool IsMergedContinuation = false,
    double? Confidence = null);
