using Analytics.Analysis.Charts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Analysis.Reports.Docx;

/// <summary>The report as a Word document (A4): title, summary, sections with headings, paragraphs,
/// charts as PNG pictures and tables with a repeated header row; source links as hyperlinks.</summary>
public sealed class DocxReportWriter(ReportWriterOptions? options = null) : IReportWriter
{
    private const double TextWidthCm = 17.0;
    private readonly ReportWriterOptions _options = options ?? ReportWriterOptions.Default;

    public void Write(ReportDocument report, Stream output)
    {
        var target = output.CanSeek ? output : new MemoryStream();
        using (var document = WordprocessingDocument.Create(target, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var body = new Body();
            body.Append(Para(report.Title, DocxStyles.Title));
            body.Append(Para(report.Subtitle, DocxStyles.Caption));
            foreach (var p in report.Summary) body.Append(Para(p));
            uint pictureId = 1;
            foreach (var section in report.Sections)
            {
                body.Append(Para(section.Heading, DocxStyles.Heading1));
                foreach (var p in section.Paragraphs) body.Append(Para(p));
                foreach (var chart in section.Charts)
                {
                    var png = PngBarChart.Render(chart, out var width, out var height);
                    body.Append(DocxImage.Paragraph(main, png, width, height, pictureId++, chart.Title, TextWidthCm));
                    body.Append(Para(chart.Title, DocxStyles.Caption));
                }
                foreach (var table in section.Tables)
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
                    body.Append(DocxTable.Create(main, table, _options.MaxInlineRows, TextWidthCm));
                    if (table.Rows.Count > _options.MaxInlineRows)
                        body.Append(Para(ReportWriterOptions.TruncationNote(_options.MaxInlineRows, table.Rows.Count), DocxStyles.Caption));
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        if (!ReferenceEquals(target, output))
        {
            target.Position = 0;
            target.CopyTo(output);
        }
    }

    internal static Paragraph Para(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
