namespace Analytics.Ingest.Readers.Xlsx;

/// <summary>A cell that shows text; rows and columns are 1-based as in A1 references.</summary>
internal sealed record SheetCell(int Row, int Column, string Text);

/// <summary>A merged range (inclusive bounds); its text is the top-left cell's.</summary>
internal sealed record SheetMerge(int Top, int Left, int Bottom, int Right)
{
    public bool Contains(int row, int column) => row >= Top && row <= Bottom && column >= Left && column <= Right;
}

/// <summary>What a worksheet holds: its non-empty cells and its merged ranges.</summary>
internal sealed record SheetContent(IReadOnlyList<SheetCell> Cells, IReadOnlyList<SheetMerge> Merges);
