using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Analysis.Reports.Docx;

/// <summary>A report table as a bordered Word table over the full text width; the header row repeats
/// on every page; numbers are right-aligned; links become hyperlinks.</summary>
internal static class DocxTable
{
    public static Table Create(MainDocumentPart main, ReportTable source, int maxRows, double widthCm)
    {
        var totalTwips = (int)(widthCm * 567);
        var weights = source.Columns.Select(c => c.Kind == CellKind.Text ? 3 : 2).ToList();
        var widths = weights.Select(w => totalTwips * w / weights.Sum()).ToList();
        var table = new Table();
        var border = (uint)4;
        table.Append(new TableProperties(
            new TableWidth { Width = totalTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = border }, new LeftBorder { Val = BorderValues.Single, Size = border },
                new BottomBorder { Val = BorderValues.Single, Size = border }, new RightBorder { Val = BorderValues.Single, Size = border },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = border }, new InsideVerticalBorder { Val = BorderValues.Single, Size = border }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var c = 0; c < source.Columns.Count; c++)
            header.Append(Cell(widths[c], source.Columns[c].Header, bold: true, right: false, shade: true, link: null, main));
        table.Append(header);
        foreach (var row in source.Rows.Take(maxRows))
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < source.Columns.Count; c++)
            {
                var cell = c < row.Count ? row[c] : ReportCell.Of("");
                tr.Append(Cell(widths[c], cell.Text, bold: false, right: source.Columns[c].Kind != CellKind.Text, shade: false, link: cell.Link, main));
            }
            table.Append(tr);
        }
        return table;
    }

    private static TableCell Cell(int width, string text, bool bold, bool right, bool shade, string? link, MainDocumentPart main)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shade) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DDE8F0" });
        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText });
        if (right) paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        var paragraph = new Paragraph(paragraphProperties);
        if (ReportLinks.IsSafe(link) && Uri.TryCreate(link, UriKind.RelativeOrAbsolute, out var uri))
        {
            var relationship = main.AddHyperlinkRelationship(uri, true);
            run.PrependChild(new RunProperties(new Color { Val = "1F4E79" }, new Underline { Val = UnderlineValues.Single }));
            paragraph.Append(new Hyperlink(run) { Id = relationship.Id });
        }
        else
        {
            paragraph.Append(run);
        }
        return new TableCell(properties, paragraph);
    }
}
