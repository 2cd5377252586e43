using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Analysis.Reports.Xlsx;

/// <summary>The report as a workbook: a summary sheet, then one sheet per table with every row, numbers
/// stored as numbers (VND amounts in a "#,##0 đ" format, shares as percentages), the header row frozen
/// and filterable. Sheets are streamed, so large tables do not build a DOM.</summary>
public sealed class XlsxReportWriter : IReportWriter
{
    public void Write(ReportDocument report, Stream output)
    {
        // The package needs a seekable stream; a pipe or a response stream goes through memory.
        var target = output.CanSeek ? output : new MemoryStream();
        using (var document = SpreadsheetDocument.Create(target, SpreadsheetDocumentType.Workbook))
        {
            // Sheets of a large collection hold millions of cells: fast deflate costs a little size and
            // saves most of the compression time.
            document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheets = new Sheets();
            var names = new SheetNames();
            var summary = workbookPart.AddNewPart<WorksheetPart>();
            WriteSummary(summary, report);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(summary), SheetId = 1, Name = names.Unique("Tổng quan") });
            uint sheetId = 2;
            var definedNames = new DefinedNames();
            foreach (var table in report.Tables)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var name = names.Unique(table.SheetName);
                var filterRange = XlsxSheet.Write(part, table);
                definedNames.Append(new DefinedName($"'{name.Replace("'", "''")}'!{filterRange}") { Name = "_xlnm._FilterDatabase", LocalSheetId = sheetId - 1, Hidden = true });
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
            workbookPart.Workbook = new Workbook(sheets, definedNames);
            workbookPart.Workbook.Save();
        }
        if (!ReferenceEquals(target, output))
        {
            target.Position = 0;
            target.CopyTo(output);
        }
    }

    private static void WriteSummary(WorksheetPart part, ReportDocument report)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new Columns());
        writer.WriteElement(new Column { Min = 1, Max = 1, Width = 140, CustomWidth = true });
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        uint row = 1;
        XlsxSheet.TextRow(writer, row++, report.Title, XlsxStyles.Title);
        XlsxSheet.TextRow(writer, row++, report.Subtitle, XlsxStyles.Wrapped);
        row++;
        foreach (var paragraph in report.Summary) XlsxSheet.TextRow(writer, row++, paragraph, XlsxStyles.Wrapped);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Sheet names are unique, at most 31 characters, without []:*?/\.</summary>
    private sealed class SheetNames
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        public string Unique(string wanted)
        {
            var clean = new string(wanted.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray()).Trim('\'', ' ');
            if (clean.Length == 0) clean = "Bảng";
            if (clean.Length > 31) clean = clean[..31];
            var name = clean;
            for (var i = 2; !_used.Add(name); i++)
            {
                var suffix = $" ({i})";
                name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
            }
            return name;
        }
    }
}
