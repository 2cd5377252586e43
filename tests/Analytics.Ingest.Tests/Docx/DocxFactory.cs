using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Analytics.Ingest.Readers;

namespace Analytics.Ingest.Tests.Docx;

/// <summary>Builds small DOCX files in memory so each reader feature is tested on its own markup.</summary>
internal static class DocxFactory
{
    public static SourceFile Build(Action<MainDocumentPart, Body> fill, string name = "test.docx")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            fill(main, main.Document.Body!);
            main.Document.Save();
        }
        return new SourceFile(name, stream.ToArray());
    }

    public static SourceFile Body(params OpenXmlElement[] elements) => Build((_, body) => body.Append(elements));

    public static Paragraph Para(string text, string? style = null, int? numId = null, int level = 0)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (numId is not null)
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        return new Paragraph(properties, Run(text));
    }

    public static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public static TableCell Cell(string text, int? gridSpan = null, MergedCellValues? vMerge = null, bool continueMerge = false)
    {
        var properties = new TableCellProperties();
        if (gridSpan is not null) properties.Append(new GridSpan { Val = gridSpan });
        if (vMerge is not null) properties.Append(new VerticalMerge { Val = vMerge });
        else if (continueMerge) properties.Append(new VerticalMerge());
        return new TableCell(properties, new Paragraph(Run(text)));
    }

    public static TableCell CellOf(params OpenXmlElement[] content) => new(content);

    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static void AddStyles(MainDocumentPart main, params Style[] styles)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(styles);
    }

    public static Style HeadingStyle(string id, string name, int outlineLevel) => new(
        new StyleName { Val = name },
        new StyleParagraphProperties(new OutlineLevel { Val = outlineLevel }))
    { Type = StyleValues.Paragraph, StyleId = id };

    public static Level Level(int index, NumberFormatValues format, string text, int start = 1) => new(
        new StartNumberingValue { Val = start },
        new NumberingFormat { Val = format },
        new LevelText { Val = text })
    { LevelIndex = index };

    public static void AddNumbering(MainDocumentPart main, params OpenXmlElement[] definitions)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(definitions);
    }

    public static AbstractNum Abstract(int id, params Level[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        abstractNum.Append(levels);
        return abstractNum;
    }

    public static NumberingInstance Num(int id, int abstractId, int? restartAt = null)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (restartAt is not null)
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = restartAt }) { LevelIndex = 0 });
        return instance;
    }
}
