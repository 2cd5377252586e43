using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Ingest.Readers.Xlsx;

/// <summary>Reads a worksheet's non-empty cells and merged ranges, streaming row by row so a huge sheet
/// is refused at the cell limit instead of being loaded whole.</summary>
internal static class XlsxSheetReader
{
    private const int MaxRow = 1_048_576;
    private const int MaxColumn = 16_384;

    /// <summary>The sheet's content, or why it was refused; <paramref name="budget"/> is how many cells
    /// with content the workbook may still have.</summary>
    public static Result<SheetContent> Read(WorksheetPart part, XlsxCellText text, string sheetName, int limit, ref int budget)
    {
        var cells = new List<SheetCell>();
        var merges = new List<SheetMerge>();
        using var reader = OpenXmlReader.Create(part);
        var row = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row))
            {
                var element = (Row)reader.LoadCurrentElement()!;
                row = element.RowIndex?.Value is { } index ? (int)index : row + 1;
                var column = 0;
                foreach (var cell in element.Elements<Cell>())
                {
                    column = Position(cell.CellReference?.Value) is { } at ? at.Column : column + 1;
                    if (row is < 1 or > MaxRow || column is < 1 or > MaxColumn) continue;
                    var value = text.Text(cell);
                    if (value.Length == 0) continue;
                    if (--budget < 0) return Result<SheetContent>.Failure($"the workbook has more than {limit} cells with content (limit reached in sheet \"{sheetName}\")");
                    cells.Add(new SheetCell(row, column, value));
                }
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (Range(merge.Reference?.Value) is { } range) merges.Add(range);
                if (merges.Count > cells.Count + 10_000)
                    return Result<SheetContent>.Failure($"the sheet \"{sheetName}\" has {merges.Count} merged ranges; not a plausible document");
            }
        }
        return new SheetContent(cells, merges);
    }

    public static (int Row, int Column)? Position(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        int column = 0, row = 0, i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn) return null;
        }
        for (; i < reference.Length && char.IsAsciiDigit(reference[i]); i++)
        {
            row = row * 10 + (reference[i] - '0');
            if (row > MaxRow) return null;
        }
        return i == reference.Length && column > 0 && row > 0 ? (row, column) : null;
    }

    private static SheetMerge? Range(string? reference)
    {
        var parts = reference?.Split(':');
        if (parts is not { Length: 2 } || Position(parts[0]) is not { } from || Position(parts[1]) is not { } to) return null;
        return new SheetMerge(Math.Min(from.Row, to.Row), Math.Min(from.Column, to.Column), Math.Max(from.Row, to.Row), Math.Max(from.Column, to.Column));
    }
}
