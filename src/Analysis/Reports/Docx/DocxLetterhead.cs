using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Analysis.Reports.Docx;

/// <summary>The parts of the administrative form of Nghị định 30/2020 around the report's text: the heading
/// (issuing body and number on the left, Quốc hiệu and Tiêu ngữ with place and date on the right), the
/// document type and summary, and at the end the recipients (Nơi nhận) beside the signature block. Both
/// two-column parts are borderless tables, as offices lay them out in Word.</summary>
internal static class DocxLetterhead
{
    // Issuing body on the left, the national motto (which must stay on one line) on the right: 6.7 + 10.3 cm.
    private const int LeftWidth = 3800, RightWidth = 5839;

    public static IEnumerable<OpenXmlElement> Heading(ReportLetterhead form, string scope)
    {
        yield return TwoColumns(
            [Line(form.ParentBody, size: 26), Line(form.IssuingBody, bold: true, size: 26, underline: true), Line(form.Number, size: 26)],
            [Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24), Line("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26, underline: true),
             Line(form.PlaceAndDate, italic: true, size: 26)]);
        yield return Line(form.DocumentType, bold: true, size: 28, before: 360);
        yield return Line(form.Summary, bold: true, size: 28);
        yield return Line(scope, italic: true, size: 24, after: 240);
    }

    public static OpenXmlElement Closing(ReportLetterhead form)
    {
        var recipients = new List<Paragraph> { Line("Nơi nhận:", bold: true, italic: true, size: 24, centred: false) };
        recipients.AddRange(form.Recipients.Select(r => Line("- " + r, size: 22, centred: false)));
        return TwoColumns(recipients,
            [Line(form.SignerTitle, bold: true, size: 26), Line("(Ký, ghi rõ họ tên)", italic: true, size: 24, after: 1200),
             Line(form.SignerName, bold: true, size: 26)]);
    }

    private static Table TwoColumns(IEnumerable<Paragraph> left, IEnumerable<Paragraph> right)
    {
        var none = new TableBorders(new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
            new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil });
        var table = new Table(new TableProperties(new TableWidth { Width = Twips(LeftWidth + RightWidth), Type = TableWidthUnitValues.Dxa }, none,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(new GridColumn { Width = Twips(LeftWidth) }, new GridColumn { Width = Twips(RightWidth) }));
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(Cell(left, LeftWidth), Cell(right, RightWidth));
        table.Append(row);
        return table;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TableCell Cell(IEnumerable<Paragraph> lines, int width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(lines);
        return cell;
    }

    private static Paragraph Line(string text, bool bold = false, bool italic = false, int size = 26, bool underline = false,
        bool centred = true, int before = 0, int after = 0)
    {
        var properties = new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left });
        var run = new RunProperties();
        if (bold) run.Append(new Bold());
        if (italic) run.Append(new Italic());
        // Schema order: size before underline.
        run.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (underline) run.Append(new Underline { Val = UnderlineValues.Single });
        return new Paragraph(properties, new Run(run, new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
