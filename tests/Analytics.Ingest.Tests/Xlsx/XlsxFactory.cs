using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Tests.Xlsx;

/// <summary>Builds small workbooks in memory, so each reader feature is tested on its own markup.
/// Cell values: a string is a shared string, <see cref="Inline"/> an inline string, a number a number
/// cell; a style index picks one of <see cref="Styles"/>.</summary>
internal static class XlsxFactory
{
    public sealed record Inline(string Text);

    public sealed record SheetSpec(string Name, IReadOnlyList<(string Reference, object Value, uint Style)> Cells, IReadOnlyList<string>? Merges = null, bool Hidden = false);

    /// <summary>Style indexes: 0 General, 1 #,##0, 2 dd/mm/yyyy (custom), 3 built-in 14 (short date),
    /// 4 #,##0" đ", 5 0.0%, 6 #,##0.00, 7 mm/yyyy.</summary>
    public static readonly string?[] Styles = [null, "#,##0", "dd/mm/yyyy", null, "#,##0\" đ\"", "0.0%", "#,##0.00", "mm/yyyy"];

    public static SourceFile Sheet(params (string Reference, object Value, uint Style)[] cells) => Build([new SheetSpec("Sheet1", cells)]);

    public static SourceFile Build(IReadOnlyList<SheetSpec> sheets, string name = "test.xlsx")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            AddStyles(workbook);
            uint sheetId = 1;
            foreach (var spec in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var group in spec.Cells.GroupBy(c => Row(c.Reference)).OrderBy(g => g.Key))
                {
                    var row = new Row { RowIndex = (uint)group.Key };
                    foreach (var (reference, value, style) in group) row.Append(Cell(reference, value, style, shared.SharedStringTable));
                    data.Append(row);
                }
                var worksheet = new Worksheet(data);
                if (spec.Merges is { Count: > 0 } merges)
                    worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                part.Worksheet = worksheet;
                var sheet = new Sheet { Name = spec.Name, SheetId = sheetId++, Id = workbook.GetIdOfPart(part) };
                if (spec.Hidden) sheet.State = SheetStateValues.Hidden;
                workbook.Workbook.Sheets!.Append(sheet);
            }
        }
        return new SourceFile(name, stream.ToArray());
    }

    private static int Row(string reference) => int.Parse(new string(reference.Where(char.IsAsciiDigit).ToArray()));

    private static Cell Cell(string reference, object value, uint style, SharedStringTable shared)
    {
        var cell = new Cell { CellReference = reference };
        if (style != 0) cell.StyleIndex = style;
        switch (value)
        {
            case Inline inline:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(inline.Text));
                break;
            case string text:
                shared.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(shared.ChildElements.Count - 1);
                break;
            default:
                cell.CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
        return cell;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var formats = new NumberingFormats();
        var cellFormats = new CellFormats();
        uint customId = 164;
        for (var i = 0; i < Styles.Length; i++)
        {
            uint id = i switch { 0 => 0, 3 => 14, _ => customId++ };
            if (Styles[i] is { } code) formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
            cellFormats.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = i != 0 });
        }
        styles.Stylesheet = new Stylesheet(
            formats,
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            cellFormats);
    }
}
