namespace Analytics.Ingest.Ocr.Cells;

/// <summary>A tick in a self-assessment or month-chart cell is read from its ink, not from what Tesseract makes
/// of it: a hand or printed "x" comes out as "×", "%", "K", "Ð" or nothing. A cell whose ink is one or two
/// glyph-sized blobs and whose text is empty, one symbol or a few doubtful characters holds a mark, written "x".
/// A row number ("1") or a word ("Có", whose ink is three blobs with its accent) is text and stays as read.</summary>
internal static class CellMarks
{
    /// <summary>A clear glyph-sized blob in an otherwise empty cell leaves little doubt.</summary>
    private const double InkConfidence = 0.9;

    private const double DoubtfulReading = 0.5;

    public static List<OcrWord> Apply(List<OcrWord> words, CellInk ink, int resolution, Func<(int Block, int Line)> newLine)
    {
        if (!IsMarkShape(ink, resolution)) return words;
        var text = string.Concat(words.Select(w => w.Text));
        var confidence = words.Count == 0 ? 0 : words.Average(w => w.Confidence);
        if (!IsMarkText(text, confidence)) return words;
        confidence = Math.Max(InkConfidence, confidence);
        var (block, line) = words.Count > 0 ? (words[0].BlockId, words[0].LineId) : newLine();
        return [new OcrWord("x", ink.Outline, confidence, block, line)];
    }

    /// <summary>One or two blobs (an x is one, a cross drawn in two strokes two) from a twenty-fifth to a third of an
    /// inch, about as wide as tall: a narrow column's header "TT" wrapped into two lines (one T above the other, half as
    /// wide as tall) or written on one (twice as wide) is two blobs of the same size as a mark, but no mark's shape.</summary>
    internal static bool IsMarkShape(CellInk ink, int resolution)
    {
        if (ink.Blobs.Count is 0 or > 2) return false;
        var outline = ink.Outline;
        double min = resolution / 25.0, max = resolution / 3.0;
        var sized = outline.Width >= min / 2 && outline.Height >= min && outline.Width <= max && outline.Height <= max;
        return sized && outline.Width >= MinAspect * outline.Height && outline.Width <= MaxAspect * outline.Height;
    }

    private const double MinAspect = 0.7;
    private const double MaxAspect = 1.5;

    /// <summary>Nothing, one character that is no digit ("×", "K", "Ð"), or up to three characters read with
    /// doubt ("bé", "p4" at 30 %): a header "TT" or a row number ("2.") is read with confidence and stays text.</summary>
    internal static bool IsMarkText(string text, double confidence) =>
        text.Length == 0 || (text.Length == 1 && !char.IsDigit(text[0])) || (text.Length <= 3 && confidence < DoubtfulReading);
}
