namespace Analytics.Ingest.Ocr.Layout;

/// <summary>Groups words into lines. Tesseract's own line ids are trusted (they follow the text's baseline);
/// lines keep Tesseract's reading order.</summary>
internal static class LineGrouper
{
    public static List<OcrLine> Group(IEnumerable<OcrWord> words) =>
        words.GroupBy(w => w.LineId)
            .Select(g => OcrLine.From(g.ToList()))
            .ToList();

    /// <summary>Lines ordered top to bottom, for text inside one cell or region.</summary>
    public static List<OcrLine> GroupTopDown(IEnumerable<OcrWord> words) =>
        Group(words).OrderBy(l => l.Box.Top).ThenBy(l => l.Box.Left).ToList();
}
