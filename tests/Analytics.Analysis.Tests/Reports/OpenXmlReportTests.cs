using Analytics.Analysis.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;

namespace Analytics.Analysis.Tests.Reports;

public sealed class OpenXmlReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Docx_report_passes_OpenXmlValidator_with_no_errors()
    {
        using var stream = new MemoryStream(SampleReport.Bytes("docx"));
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        foreach (var e in errors.Take(20)) output.WriteLine($"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Tổng hợp kế hoạch cải tiến chất lượng giáo dục", text);
        Assert.Contains("Thư viện", text);
        Assert.Equal(3, document.MainDocumentPart.ImageParts.Count());
    }

    [Fact]
    public void Docx_report_has_the_administrative_form_of_decree_30_and_wide_tables_on_landscape_pages()
    {
        using var stream = new MemoryStream(SampleReport.Bytes("docx"));
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var lines = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", lines);
        Assert.Contains(lines, l => l.StartsWith("Số:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(", ngày ", StringComparison.Ordinal) && l.Contains(" tháng ", StringComparison.Ordinal) && l.Contains(" năm ", StringComparison.Ordinal));
        Assert.Contains("BÁO CÁO", lines);
        Assert.Contains("Nơi nhận:", lines);
        Assert.Contains("(Ký, ghi rõ họ tên)", lines);
        var sections = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().ToList();
        Assert.Contains(sections, s => s.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()?.Orient?.Value == DocumentFormat.OpenXml.Wordprocessing.PageOrientationValues.Landscape);
        // Amount cells never wrap: every right-aligned body cell of a table is marked no-wrap.
        var numberCells = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>()
            .Where(c => c.Descendants<DocumentFormat.OpenXml.Wordprocessing.Justification>().Any(j => j.Val?.Value == DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Right)).ToList();
        Assert.NotEmpty(numberCells);
        Assert.All(numberCells, c => Assert.NotNull(c.TableCellProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.NoWrap>()));
    }

    [Fact]
    public void Xlsx_report_has_one_row_per_item_for_pivot_tables()
    {
        using var stream = new MemoryStream(SampleReport.Bytes("xlsx"));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Nội dung cải tiến");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<Row>().Count();

        var items = SampleReport.Build().Tables.Single(t => t.SheetName == "Nội dung cải tiến").Rows.Count;
        Assert.Equal(items + 1, rows);
        Assert.True(items > 20);
    }

    [Fact]
    public void Xlsx_report_passes_OpenXmlValidator_and_stores_amounts_as_numbers_with_filters()
    {
        using var stream = new MemoryStream(SampleReport.Bytes("xlsx"));
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        foreach (var e in errors.Take(20)) output.WriteLine($"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);

        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        var report = SampleReport.Build();
        Assert.Equal(report.Tables.Count() + 1, sheets.Count);
        var gapSheet = (WorksheetPart)workbook.GetPartById(sheets[1].Id!);
        Assert.NotNull(gapSheet.Worksheet!.GetFirstChild<AutoFilter>());
        var budgetCells = gapSheet.Worksheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('E') && c.CellReference.Value != "E1").ToList();
        Assert.NotEmpty(budgetCells);
        Assert.All(budgetCells, c => Assert.Null(c.DataType));
        var total = budgetCells.Sum(c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(report.Tables.First().Rows.Sum(r => (decimal)r[4].Number!.Value), total);
    }

    [Fact]
    public void Docx_and_xlsx_reports_open_in_LibreOffice()
    {
        var soffice = ExternalTool.Find("soffice", "libreoffice");
        if (soffice is null)
        {
            output.WriteLine("soffice not installed: conversion not checked");
            return;
        }
        var dir = Directory.CreateTempSubdirectory("report-lo-");
        try
        {
            foreach (var format in new[] { "docx", "xlsx" })
            {
                var file = Path.Combine(dir.FullName, "bao-cao." + format);
                File.WriteAllBytes(file, SampleReport.Bytes(format));
                var profile = "file://" + Path.Combine(dir.FullName, "profile");
                var (code, stdout, stderr) = ExternalTool.Run(soffice,
                    ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(dir.FullName, format), file], TimeSpan.FromMinutes(3));
                output.WriteLine($"{format}: exit {code} {stdout} {stderr}");
                var pdf = Path.Combine(dir.FullName, format, "bao-cao.pdf");
                Assert.Equal(0, code);
                Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"{format}: no PDF produced");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
