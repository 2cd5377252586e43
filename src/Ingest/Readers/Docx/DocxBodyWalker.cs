using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Analytics.Ingest.Model;
using Analytics.Ingest.Text;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>Walks block-level WordprocessingML (body, header, footer, cell, text box) in document order
/// and produces the document model's blocks. Content controls and custom XML are transparent; a text
/// box becomes blocks after the paragraph that anchors it.</summary>
internal sealed class DocxBodyWalker(string source, DocxStyles styles, DocxNumbering numbering)
{
    private readonly DocxTableReader _tables = new();

    public string Source => source;

    /// <summary>Blocks of a container's children; provenance indexes are assigned by the caller.</summary>
    public List<Block> Walk(OpenXmlElement container, int depth)
    {
        var output = new List<Block>();
        VisitChildren(container, output, depth);
        return output;
    }

    private void VisitChildren(OpenXmlElement container, List<Block> output, int depth)
    {
        if (depth > DocxReader.MaxNesting) return;
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    VisitParagraph(paragraph, output, depth);
                    break;
                case WordTable table:
                    output.AddRange(_tables.Read(table, this, depth + 1));
                    break;
                case AlternateContent alternate:
                    if (alternate.FirstChild is { } branch) VisitChildren(branch, output, depth + 1);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    VisitChildren(child, output, depth + 1);
                    break;
                case SdtProperties or SdtEndCharProperties:
                    break;
            }
        }
    }

    private void VisitParagraph(Paragraph paragraph, List<Block> output, int depth)
    {
        var textBoxes = new List<TextBoxContent>();
        var text = VietnameseFolding.Nfc(ParagraphText.Extract(paragraph, textBoxes)).Trim(' ', '\u00A0', '\t', '\n', '\r');
        var label = numbering.NextLabel(paragraph);
        if (text.Length > 0)
        {
            var provenance = new Provenance(source, null, 0);
            var heading = styles.HeadingLevel(paragraph);
            var kind = heading is not null ? TextKind.Heading : label is not null ? TextKind.ListItem : TextKind.Paragraph;
            output.Add(new TextBlock(kind, text, provenance, ListLabel: label, HeadingLevel: heading));
        }
        foreach (var textBox in textBoxes) VisitChildren(textBox, output, depth + 1);
    }

    /// <summary>Numbers blocks in order (provenance index) once a part has been walked.</summary>
    public static IReadOnlyList<Block> Number(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i] = blocks[i] with { Provenance = blocks[i].Provenance with { Index = i } };
        }
        return blocks;
    }
}
