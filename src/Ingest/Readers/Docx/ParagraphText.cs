using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>The visible text of one paragraph: runs in order, w:br and w:cr as '\n', tabs as '\t';
/// deleted revisions, field instructions and hidden runs left out. Text boxes anchored in the paragraph
/// are returned apart so they become blocks of their own instead of being glued into the sentence.</summary>
internal static class ParagraphText
{
    public static string Extract(OpenXmlElement paragraph, List<TextBoxContent> textBoxes)
    {
        var builder = new StringBuilder();
        Append(paragraph, builder, textBoxes, depth: 0);
        return builder.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder builder, List<TextBoxContent> textBoxes, int depth)
    {
        if (depth > DocxReader.MaxNesting) return;
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
                case SymbolChar symbol:
                    AppendSymbol(symbol, builder);
                    break;
                case TextBoxContent textBox:
                    textBoxes.Add(textBox);
                    break;
                case DeletedText or FieldCode or DeletedFieldCode or DeletedRun or ParagraphProperties or RunProperties:
                    // Deleted revisions and field codes are not shown.
                    break;
                case AlternateContent alternate:
                    // The branches are alternative renderings of one thing: read only the first.
                    if (alternate.FirstChild is { } branch) Append(branch, builder, textBoxes, depth + 1);
                    break;
                case Run run when IsHidden(run):
                    break;
                default:
                    Append(child, builder, textBoxes, depth + 1);
                    break;
            }
        }
    }

    private static bool IsHidden(Run run) =>
        run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);

    // w:sym carries a code point in a symbol font; only the ones with a plain-text meaning are kept.
    private static void AppendSymbol(SymbolChar symbol, StringBuilder builder)
    {
        var code = symbol.Char?.Value;
        if (code is null || !int.TryParse(code, System.Globalization.NumberStyles.HexNumber, null, out var value)) return;
        if (value >= 0xF000) value -= 0xF000;
        builder.Append(value switch
        {
            0xFC or 0xFE or 0x52 => "✓",
            0xB7 or 0xA7 => "•",
            0x2D => "-",
            _ => "",
        });
    }
}
