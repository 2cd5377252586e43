using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Analysis.Reports.Docx;

/// <summary>A report table as a bordered Word table over the full text width; the header row repeats
/// on every page; numbers are right-aligned and never wrap; column widths and font size from
/// <see cref="DocxColumns"/>; links become hyperlinks.</summary>
internal static class DocxTable
{
    public static Table Create(MainDocumentPart main, ReportTable source, int maxRows, double widthCm)
    {
        var totalTwips = (int)(widthCm * 567);
        var layout = DocxColumns.For(source, totalTwips);
        var widths = layout.Widths;
        var size = layout.HalfPoints;
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
            header.Append(Cell(widths[c], source.Columns[c].Header, new CellLook(size, Bold: true, Right: false, Shade: true, NoWrap: false), link: null, main));
        table.Append(header);
        foreach (var row in source.Rows.Take(maxRows))
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < source.Columns.Count; c++)
            {
                var cell = c < row.Count ? row[c] : ReportCell.Of("");
                var number = source.Columns[c].Kind != CellKind.Text;
                tr.Append(Cell(widths[c], cell.Text, new CellLook(size, Bold: false, Right: number, Shade: false, NoWrap: number), link: cell.Link, main));
            }
            table.Append(tr);
        }
        return table;
    }

    private sealed record CellLook(int HalfPoints, bool Bold, bool Right, bool Shade, bool NoWrap);

    private static TableCell Cell(int width, string text, CellLook look, string? link, MainDocumentPart main)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (look.Shade) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DDE8F0" });
        if (look.NoWrap) properties.Append(new NoWrap());
        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText });
        if (look.Right) paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
        Uri? uri = null;
        var linked = ReportLinks.IsSafe(link) && Uri.TryCreate(link, UriKind.RelativeOrAbsolute, out uri);
        // Run properties in the schema's order: bold, colour, size, underline.
        var runProperties = new RunProperties();
        if (look.Bold) runProperties.Append(new Bold());
        if (linked) runProperties.Append(new Color { Val = "1F4E79" });
        runProperties.Append(new FontSize { Val = look.HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (linked) runProperties.Append(new Underline { Val = UnderlineValues.Single });
        var run = new Run(runProperties, new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        var paragraph = new Paragraph(paragraphProperties);
        if (linked) paragraph.Append(new Hyperlink(run) { Id = main.AddHyperlinkRelationship(uri!, true).Id });
        else paragraph.Append(run);
        return new TableCell(properties, paragraph);
    }
}
