using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Ingest.Text;

namespace Analytics.Ingest.Readers.Xlsx;

/// <summary>The text a cell shows: shared and inline strings (rich-text runs joined, phonetic guides left
/// out), numbers and dates through their number format, booleans and error values as written.
/// Built once per workbook from its shared strings, styles and date system.</summary>
internal sealed class XlsxCellText
{
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly IReadOnlyList<string?> _styleFormats;
    private readonly bool _date1904;

    public XlsxCellText(WorkbookPart workbook)
    {
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(StringItemText).ToList() ?? [];
        _styleFormats = StyleFormats(workbook.WorkbookStylesPart?.Stylesheet);
        _date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
    }

    public string Text(Cell cell)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        string text;
        if (type == CellValues.SharedString)
            text = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count ? _sharedStrings[index] : "";
        else if (type == CellValues.InlineString)
            text = cell.InlineString is { } inline ? StringItemText(inline) : value ?? "";
        else if (type == CellValues.Boolean)
            text = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value ?? "";
        else if (type == CellValues.Date)
            text = DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : value ?? "";
        else if (type == CellValues.Error || type == CellValues.String)
            text = value ?? "";
        else
            text = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? XlsxNumberFormat.Format(number, Style(cell), _date1904)
                : value ?? "";
        return VietnameseFolding.Nfc(text.Replace("\r\n", "\n").Replace('\r', '\n')).Trim(' ', '\u00A0', '\t', '\n');
    }

    private string? Style(Cell cell) =>
        cell.StyleIndex?.Value is { } index && index < _styleFormats.Count ? _styleFormats[(int)index] : null;

    // Each cell style (cellXfs entry) points at a number format: built in by id, or custom in numFmts.
    private static List<string?> StyleFormats(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id ? custom.GetValueOrDefault(id) ?? XlsxNumberFormat.BuiltIn(id) : null)
            .ToList() ?? [];
    }

    // Rich text is a sequence of runs; phonetic runs (rPh) are reading aids, not text.
    private static string StringItemText(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var part in item.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>())
            if (part.Parent is not PhoneticRun) text.Append(part.Text);
        return text.ToString();
    }
}
