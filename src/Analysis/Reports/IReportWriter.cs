namespace Analytics.Analysis.Reports;

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    void Write(ReportDocument report, Stream output);
}

/// <summary><see cref="MaxInlineRows"/>: longest table shown in a document format (DOCX, HTML,
/// Markdown); longer tables are cut with a note, and the XLSX report always holds every row.</summary>
public sealed record ReportWriterOptions(int MaxInlineRows = 300)
{
    /// <summary>The administrative form of the DOCX and PDF reports.</summary>
    public ReportLetterhead Letterhead { get; init; } = new();

    public static ReportWriterOptions Default { get; } = new();

    public static string TruncationNote(int shown, int total) =>
        $"Bảng chỉ hiển thị {VietnameseNumbers.Integer(shown)}/{VietnameseNumbers.Integer(total)} dòng; bản XLSX có đủ các dòng.";

    /// <summary>What a document format writes in place of a <see cref="ReportTable.WorkbookOnly"/> table.</summary>
    public static string WorkbookOnlyNote(ReportTable table) =>
        $"{table.Title}: {VietnameseNumbers.Integer(table.Rows.Count)} dòng, có đầy đủ trong bản XLSX của báo cáo (trang \"{table.SheetName}\").";
}

public static class ReportWriters
{
    public static IReportWriter For(string format, ReportWriterOptions? options = null) => format switch
    {
        "docx" => new Docx.DocxReportWriter(options),
        "xlsx" => new Xlsx.XlsxReportWriter(),
        "html" => new Html.HtmlReportWriter(options),
        "md" => new Markdown.MarkdownReportWriter(options),
        "pdf" => new Pdf.PdfReportWriter(options),
        _ => throw new ArgumentException($"unknown report format '{format}'", nameof(format)),
    };

    public static IReadOnlyList<string> Formats { get; } = ["docx", "pdf", "xlsx", "html", "md"];
}
