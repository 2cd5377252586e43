using Analytics.Ingest.Readers;
using Analytics.Ingest.Tests.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>A variant as a Word file built with OpenXml: a merged header is a gridSpan over its two columns with
/// the other headers merged down (vMerge), a heading row spans the table, a merged criterion is a vMerge.</summary>
public static class VariantDocx
{
    public static SourceFile Write(VariantDocument document, string name) => DocxFactory.Build((_, body) =>
    {
        foreach (var line in document.Head) body.Append(DocxFactory.Para(line));
        body.Append(Table(document.Table));
        foreach (var line in document.Foot) body.Append(DocxFactory.Para(line));
    }, name);

    /// <summary>A prose variant: one Word paragraph per line.</summary>
    public static SourceFile WriteProse(VariantDocument document, string name) => DocxFactory.Build((_, body) =>
    {
        foreach (var line in VariantProse.Lines(document)) body.Append(DocxFactory.Para(line));
    }, name);

    private static Table Table(VariantTable table)
    {
        var rows = new List<TableRow>();
        if (table.HasGroupedHeader)
        {
            rows.Add(DocxFactory.Row([.. table.Columns.Select((c, i) => c.GroupTop is null ? DocxFactory.Cell(c.Label, vMerge: MergedCellValues.Restart)
                : VariantText.IsGroupStart(table, i) ? DocxFactory.Cell(c.GroupTop, gridSpan: 2) : null).OfType<TableCell>()]));
            rows.Add(DocxFactory.Row([.. table.Columns.Select(c => c.GroupTop is null ? DocxFactory.Cell("", continueMerge: true) : DocxFactory.Cell(c.Label))]));
        }
        else rows.Add(DocxFactory.Row([.. table.Columns.Select(c => DocxFactory.Cell(c.Label))]));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var next = r + 1 < table.Rows.Count && table.Rows[r + 1].ContinuesCriterion;
            rows.Add(row.FullWidth ? DocxFactory.Row(DocxFactory.Cell(row.Cells[0], gridSpan: table.Columns.Count))
                : DocxFactory.Row([.. table.Columns.Select((c, i) => BodyCell(c, row.Cells[i], row.ContinuesCriterion, next))]));
        }
        return DocxFactory.Table([.. rows]);
    }

    private static TableCell BodyCell(VariantColumn column, string text, bool continues, bool continuedBelow)
    {
        if (column.Field is not (VariantField.Criterion or VariantField.CriterionCode or VariantField.CriterionName)) return DocxFactory.Cell(text);
        if (continues) return DocxFactory.Cell("", continueMerge: true);
        return continuedBelow ? DocxFactory.Cell(text, vMerge: MergedCellValues.Restart) : DocxFactory.Cell(text);
    }
}
