using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusBuilder;

/// <summary>Writes a <see cref="SourceSpec"/> as a Word document with real Word structures: tables with
/// vertically merged and column-spanning cells, list numbering, line breaks inside cells, page header and footer.</summary>
internal static class DocxWriter
{
    private const int PortraitWidth = 11906, PortraitHeight = 16838, Margin = 1134;
    private const int DecimalList = 1, BulletList = 2;

    public static void Write(SourceSpec spec, string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = BaseNumbering();

        var body = new Body();
        var textWidth = (spec.Landscape ? PortraitHeight : PortraitWidth) - 2 * Margin;
        var listNumbers = new Dictionary<int, int>();
        foreach (var block in spec.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    body.Append(Paragraph(p, numbering.Numbering, listNumbers));
                    break;
                case TableBlock t:
                    body.Append(TableWriter.Table(t, textWidth));
                    body.Append(new Paragraph());
                    break;
            }
        }
        body.Append(Section(main, spec));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Paragraph(ParagraphBlock block, Numbering numbering, Dictionary<int, int> listNumbers)
    {
        var properties = new ParagraphProperties();
        var run = new RunProperties();
        switch (block.Kind)
        {
            case ParagraphKind.Title:
                properties.Append(new Justification { Val = JustificationValues.Center });
                run.Append(new Bold());
                break;
            case ParagraphKind.Heading:
                properties.Append(new KeepNext());
                run.Append(new Bold());
                break;
            case ParagraphKind.DateLine:
                properties.Append(new Justification { Val = JustificationValues.Right });
                run.Append(new Italic());
                break;
            case ParagraphKind.Numbered or ParagraphKind.Bulleted:
                if (!listNumbers.TryGetValue(block.ListRun, out var numId))
                {
                    numId = NewList(numbering, block.Kind == ParagraphKind.Numbered ? DecimalList : BulletList);
                    listNumbers[block.ListRun] = numId;
                }
                properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId }));
                properties.Append(new Justification { Val = JustificationValues.Both });
                break;
            default:
                properties.Append(new Indentation { FirstLine = "567" });
                properties.Append(new Justification { Val = JustificationValues.Both });
                break;
        }
        properties.Append(new SpacingBetweenLines { After = "80" });
        var paragraph = new Paragraph(properties);
        foreach (var r in Runs.Of(block.Text, run)) paragraph.Append(r);
        return paragraph;
    }

    private static int NewList(Numbering numbering, int abstractId)
    {
        var id = numbering.Elements<NumberingInstance>().Count() + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        numbering.Append(instance);
        return id;
    }

    private static Numbering BaseNumbering() => new(
        AbstractList(DecimalList, NumberFormatValues.Decimal, "%1."),
        AbstractList(BulletList, NumberFormatValues.Bullet, "-"));

    private static AbstractNum AbstractList(int id, NumberFormatValues format, string text) =>
        new(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "284" }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "26" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }

    private static SectionProperties Section(MainDocumentPart main, SourceSpec spec)
    {
        var section = new SectionProperties();
        if (spec.Header is { } headerText)
        {
            var part = main.AddNewPart<HeaderPart>();
            part.Header = new Header(Small(headerText, JustificationValues.Center));
            part.Header.Save();
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }
        if (spec.Footer is { } footerText)
        {
            var part = main.AddNewPart<FooterPart>();
            part.Footer = new Footer(Small(footerText, JustificationValues.Right));
            part.Footer.Save();
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }
        section.Append(spec.Landscape
            ? new PageSize { Width = PortraitHeight, Height = PortraitWidth, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = PortraitWidth, Height = PortraitHeight });
        section.Append(new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567 });
        return section;
    }

    /// <summary>A header/footer line; "{PAGE}" becomes a page-number field.</summary>
    private static Paragraph Small(string text, JustificationValues alignment)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = alignment }));
        var parts = text.Split("{PAGE}");
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0)
                paragraph.Append(new Run(new RunProperties(new Italic(), new FontSize { Val = "20" }), new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve }));
            if (i < parts.Length - 1)
                paragraph.Append(new SimpleField(new Run(new RunProperties(new FontSize { Val = "20" }), new Text("1"))) { Instruction = " PAGE " });
        }
        return paragraph;
    }
}
