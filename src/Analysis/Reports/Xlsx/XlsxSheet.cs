using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Analysis.Reports.Xlsx;

/// <summary>Streams one table into a worksheet: header row (frozen, autofilter), then the rows.</summary>
internal static class XlsxSheet
{
    /// <summary>Rows of a worksheet, header included (the format's limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Writes the table (rows beyond the sheet limit are left out); returns the autofilter range ("$A$1:$G$12").</summary>
    public static string Write(WorksheetPart part, ReportTable table)
    {
        var lastColumn = ColumnName(table.Columns.Count - 1);
        var rows = table.Rows.Take(MaxRows - 1);
        var lastRow = Math.Min(table.Rows.Count, MaxRows - 1) + 1;
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new Columns());
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var width = table.Columns[c].Kind == CellKind.Text ? 40 : 18;
            writer.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", "1")]);
        for (var c = 0; c < table.Columns.Count; c++) TextCell(writer, ColumnName(c) + "1", table.Columns[c].Header, XlsxStyles.Header);
        writer.WriteEndElement();
        var rowIndex = 2;
        foreach (var row in rows)
        {
            var r = rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", r)]);
            for (var c = 0; c < row.Count && c < table.Columns.Count; c++)
            {
                var reference = ColumnName(c) + r;
                var cell = row[c];
                var kind = table.Columns[c].Kind;
                if (kind != CellKind.Text && cell.Number is { } n)
                {
                    writer.WriteElement(new Cell { CellReference = reference, StyleIndex = XlsxStyles.For(kind), CellValue = new CellValue(n) });
                }
                else if (cell.Text.Length > 0)
                {
                    TextCell(writer, reference, cell.Text, XlsxStyles.For(CellKind.Text));
                }
            }
            writer.WriteEndElement();
            rowIndex++;
        }
        writer.WriteEndElement();
        var range = $"A1:{lastColumn}{lastRow}";
        writer.WriteElement(new AutoFilter { Reference = range });
        writer.WriteEndElement();
        return $"$A$1:${lastColumn}${lastRow}";
    }

    public static void TextRow(OpenXmlWriter writer, uint row, string text, uint style)
    {
        var r = row.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", r)]);
        TextCell(writer, "A" + r, text, style);
        writer.WriteEndElement();
    }

    private static void TextCell(OpenXmlWriter writer, string reference, string text, uint style) =>
        writer.WriteElement(new Cell(new InlineString(new Text(XmlText.Clean(text, XmlText.MaxCell)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style,
        });

    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }
}
