using Analytics.Analysis.Reports.Docx;
using Analytics.Ingest.Readers.Conversion;

namespace Analytics.Analysis.Reports.Pdf;

/// <summary>The report as PDF: the DOCX report printed by LibreOffice Writer, so the PDF is page for page
/// the document an office would print from the DOCX (same form, same landscape sections).</summary>
public sealed class PdfReportWriter(ReportWriterOptions? options = null) : IReportWriter
{
    public void Write(ReportDocument report, Stream output)
    {
        using var docx = new MemoryStream();
        new DocxReportWriter(options).Write(report, docx);
        var pdf = new LibreOfficeConverter().DocxToPdf(docx.ToArray());
        if (!pdf.IsSuccess) throw new ReportWriteException($"the PDF report could not be made: {pdf.Error}");
        output.Write(pdf.Value);
    }
}
