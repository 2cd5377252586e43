using Analytics.Analysis.Charts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Analysis.Reports.Docx;

/// <summary>The report as a Word document an office can send (A4, the form of Nghị định 30/2020): heading
/// with Quốc hiệu and Tiêu ngữ, document type and summary, sections with headings, paragraphs, numbered
/// charts and tables with a repeated header row, then recipients and signature. A report section holding
/// a wide table is printed on landscape pages (a section break before and after it).</summary>
public sealed class DocxReportWriter(ReportWriterOptions? options = null) : IReportWriter
{
    private const double PortraitTextCm = 17.0;
    private const double LandscapeTextCm = 25.7;
    private readonly ReportWriterOptions _options = options ?? ReportWriterOptions.Default;

    public void Write(ReportDocument report, Stream output)
    {
        var target = output.CanSeek ? output : new MemoryStream();
        using (var document = WordprocessingDocument.Create(target, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var body = new Body();
            body.Append(DocxLetterhead.Heading(_options.Letterhead, report.Subtitle));
            foreach (var p in report.Summary) body.Append(Para(p));
            var figures = new Counter();
            var landscape = false;
            foreach (var section in report.Sections)
            {
                var wide = section.Tables.SelectMany(DocxTableSplit.Parts).Any(t => !t.WorkbookOnly && t.Rows.Count > 0 && DocxColumns.NeedsLandscape(t, Twips(PortraitTextCm)));
                // A section break closes the pages before it with their own orientation.
                if (wide != landscape) body.Append(new Paragraph(new ParagraphProperties(Page(landscape))));
                landscape = wide;
                WriteSection(main, body, section, landscape ? LandscapeTextCm : PortraitTextCm, figures);
            }
            body.Append(DocxLetterhead.Closing(_options.Letterhead));
            body.Append(Page(landscape));
            main.Document = new Document(body);
            main.Document.Save();
        }
        if (!ReferenceEquals(target, output))
        {
            target.Position = 0;
            target.CopyTo(output);
        }
    }

    private void WriteSection(MainDocumentPart main, Body body, ReportSection section, double widthCm, Counter figures)
    {
        body.Append(Para(section.Heading, DocxStyles.Heading1));
        foreach (var p in section.Paragraphs) body.Append(Para(p));
        foreach (var chart in section.Charts)
        {
            // The picture carries the chart's numbered title: no caption repeats it.
            var png = PngBarChart.Render(chart, out var width, out var height);
            body.Append(DocxImage.Paragraph(main, png, width, height, (uint)figures.Next(), chart.Title, Math.Min(widthCm, PortraitTextCm)));
        }
        foreach (var table in section.Tables.SelectMany(DocxTableSplit.Parts))
        {
            if (table.WorkbookOnly)
            {
                body.Append(Para(ReportWriterOptions.WorkbookOnlyNote(table), DocxStyles.Caption));
                continue;
            }
            body.Append(Para(table.Title, DocxStyles.Heading2));
            if (table.Rows.Count == 0)
            {
                body.Append(Para("Không có dòng nào."));
                continue;
            }
            body.Append(DocxTable.Create(main, table, _options.MaxInlineRows, widthCm));
            if (table.Rows.Count > _options.MaxInlineRows)
                body.Append(Para(ReportWriterOptions.TruncationNote(_options.MaxInlineRows, table.Rows.Count), DocxStyles.Caption));
        }
    }

    /// <summary>A4 page properties: portrait with the margins of Nghị định 30/2020 (left 3 cm, right 2 cm,
    /// top and bottom 2 cm), or the same page turned.</summary>
    private static SectionProperties Page(bool landscape) => landscape
        ? new SectionProperties(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 720U, Footer = 720U, Gutter = 0U })
        : new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 720U, Footer = 720U, Gutter = 0U });

    private static int Twips(double cm) => (int)(cm * 567);

    internal static Paragraph Para(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private sealed class Counter
    {
        public int Value { get; private set; }

        public int Next() => ++Value;
    }
}
