using Analytics.Ingest.Readers;
using Analytics.Ingest.Tests.Docx;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>A structural variant as a Word file: lines as paragraphs, tables with gridSpan for spanning cells and
/// one paragraph per line of a cell.</summary>
public static class StructureDocx
{
    public static SourceFile Write(VariantDocument document, string name) => DocxFactory.Build((_, body) =>
    {
        foreach (var line in document.Head) body.Append(DocxFactory.Para(line));
        foreach (var block in StructureLayout.Body(document))
        {
            if (block is StructureLayout.Line line) body.Append(DocxFactory.Para(line.Text));
            else if (block is StructureLayout.Grid grid)
            {
                body.Append(DocxFactory.Table([.. grid.Rows.Select(r => DocxFactory.Row([.. r.Select(Cell)]))]));
                body.Append(DocxFactory.Para(""));
            }
        }
        foreach (var line in document.Foot) body.Append(DocxFactory.Para(line));
    }, name);

    private static TableCell Cell(StructureLayout.Cell cell)
    {
        var properties = new TableCellProperties();
        if (cell.Span > 1) properties.Append(new GridSpan { Val = cell.Span });
        if (cell.Merge != StructureLayout.VMerge.None)
            properties.Append(new VerticalMerge { Val = cell.Merge == StructureLayout.VMerge.Start ? MergedCellValues.Restart : MergedCellValues.Continue });
        return new TableCell([properties, .. cell.Text.Split('\n').Select(t => new Paragraph(DocxFactory.Run(t)))]);
    }
}
