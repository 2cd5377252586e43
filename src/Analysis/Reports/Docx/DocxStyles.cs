using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Analysis.Reports.Docx;

/// <summary>Paragraph styles of the DOCX report: Times New Roman 13 pt body as Vietnamese administrative
/// documents use, centred title, two heading levels, smaller table text.</summary>
internal static class DocxStyles
{
    public const string Title = "TieuDe", Heading1 = "Muc1", Heading2 = "Muc2", TableText = "ChuBang", Caption = "ChuThich";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "26" }, new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Style("Normal", "Normal", null, new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }), null, isDefault: true),
        Style(Title, "Tiêu đề báo cáo", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "30" })),
        Style(Heading1, "Mục 1", "Normal",
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" })),
        Style(Heading2, "Mục 2", "Normal",
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "160", After = "80" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new Italic())),
        Style(TableText, "Chữ trong bảng", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = "20" })),
        Style(Caption, "Chú thích", "Normal",
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Italic(), new FontSize { Val = "22" })));

    private static Style Style(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }
}
