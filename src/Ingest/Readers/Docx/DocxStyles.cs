using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>What a paragraph inherits from its style chain: heading level and list numbering.</summary>
internal sealed class DocxStyles
{
    private const int MaxChainDepth = 32;
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public DocxStyles(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        foreach (var style in styles)
        {
            if (style.StyleId?.Value is { } id) _byId.TryAdd(id, style);
            if (style.Default?.Value == true && style.Type?.InnerText == "paragraph") _defaultParagraphStyle = style.StyleId?.Value;
        }
    }

    /// <summary>1-based heading level, or null for body text.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        if (OutlineLevelToHeading(paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value) is { } direct) return direct;
        foreach (var style in Chain(StyleIdOf(paragraph)))
        {
            if (OutlineLevelToHeading(style.StyleParagraphProperties?.OutlineLevel?.Val?.Value) is { } level) return level;
            var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant();
            if (name is null) continue;
            if (name == "title") return 1;
            if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), out var n) && n is >= 1 and <= 9) return n;
        }
        return null;
    }

    /// <summary>The numbering a paragraph gets from its style chain (numId, ilvl), or null.</summary>
    public (int NumberingId, int Level)? InheritedNumbering(Paragraph paragraph) => NumberingOfStyle(StyleIdOf(paragraph));

    public (int NumberingId, int Level)? NumberingOfStyle(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            if (numbering?.NumberingId?.Val?.Value is { } id) return (id, numbering.NumberingLevelReference?.Val?.Value ?? 0);
        }
        return null;
    }

    private string? StyleIdOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    private IEnumerable<Style> Chain(string? styleId)
    {
        // basedOn loops exist in hand-edited files; the depth cap ends them.
        for (var depth = 0; styleId is not null && depth < MaxChainDepth; depth++)
        {
            if (!_byId.TryGetValue(styleId, out var style)) yield break;
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private static int? OutlineLevelToHeading(int? outlineLevel) => outlineLevel is >= 0 and < 9 ? outlineLevel + 1 : null;
}
