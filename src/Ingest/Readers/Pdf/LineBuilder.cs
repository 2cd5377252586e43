using System.Text;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Groups glyphs into lines (shared baseline) and words. Two glyphs belong to one word when
/// the gap between the end of one and the start of the next is under <see cref="WordGapRatio"/> of the
/// font size and no space glyph sits between them; positions come from advance widths, not glyph boxes,
/// because accented capitals have tall, irregular boxes that would otherwise split "ĐIỀU".</summary>
internal static class LineBuilder
{
    internal const double WordGapRatio = 0.16;
    private const double BaselineTolerance = 0.35;

    public static List<PdfLine> Build(IEnumerable<Glyph> glyphs)
    {
        var sorted = glyphs.OrderBy(g => g.Baseline).ToList();
        var lines = new List<PdfLine>();
        var current = new List<Glyph>();
        var baseline = 0.0;
        foreach (var glyph in sorted)
        {
            if (current.Count > 0 && Math.Abs(glyph.Baseline - baseline) > BaselineTolerance * Math.Max(glyph.Size, current[0].Size))
            {
                AddLine(current, lines);
                current = [];
            }
            if (current.Count == 0) baseline = glyph.Baseline;
            current.Add(glyph);
        }
        AddLine(current, lines);
        return lines;
    }

    private static void AddLine(List<Glyph> glyphs, List<PdfLine> lines)
    {
        if (glyphs.Count == 0) return;
        glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        var words = new List<PdfWord>();
        var text = new StringBuilder();
        Glyph? first = null;
        Glyph? previous = null;
        double top = double.MaxValue, bottom = double.MinValue, size = 0;
        int boldGlyphs = 0, glyphCount = 0;

        void Flush()
        {
            if (first is not null && previous is not null && text.Length > 0)
                words.Add(new PdfWord(text.ToString(), first.Left, previous.Right, top, bottom, size, boldGlyphs * 2 > glyphCount));
            text.Clear();
            first = null;
            boldGlyphs = glyphCount = 0;
            top = double.MaxValue; bottom = double.MinValue; size = 0;
        }

        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace) { Flush(); previous = glyph; continue; }
            if (previous is not null && !previous.IsSpace)
            {
                // Fake bold draws each glyph twice a hair apart: keep one.
                if (previous.Text == glyph.Text && Math.Abs(glyph.Left - previous.Left) < glyph.Size * 0.1) continue;
                if (glyph.Left - previous.Right > WordGapRatio * Math.Max(glyph.Size, previous.Size)) Flush();
            }
            first ??= glyph;
            text.Append(glyph.Text);
            top = Math.Min(top, glyph.Top);
            bottom = Math.Max(bottom, glyph.Bottom);
            size = Math.Max(size, glyph.Size);
            glyphCount++;
            if (glyph.IsBold) boldGlyphs++;
            previous = glyph;
        }
        Flush();
        if (words.Count > 0) lines.Add(new PdfLine(words));
    }

    /// <summary>Splits a line where a gap is so wide it separates columns or side-by-side text frames.</summary>
    public static IEnumerable<PdfLine> SplitAtGaps(PdfLine line, double gapRatio)
    {
        var start = 0;
        for (var i = 1; i < line.Words.Count; i++)
        {
            if (line.Words[i].Left - line.Words[i - 1].Right > gapRatio * line.Size)
            {
                yield return new PdfLine(line.Words.Skip(start).Take(i - start).ToList());
                start = i;
            }
        }
        yield return new PdfLine(line.Words.Skip(start).ToList());
    }

    /// <summary>Joins the lines of one frame: a wrapped line continues with a space; a line that ends
    /// short (the next line's first word would have fitted) or a next line that starts a list item
    /// begins a new paragraph, joined with '\n'.</summary>
    public static string JoinLines(IReadOnlyList<PdfLine> lines, double frameRight)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) builder.Append(IsParagraphBreak(lines[i - 1], lines[i], frameRight) ? '\n' : ' ');
            builder.Append(lines[i].Text);
        }
        return builder.ToString();
    }

    public static bool IsParagraphBreak(PdfLine previous, PdfLine next, double frameRight)
    {
        if (StartsListItem(next.Words[0].Text)) return true;
        // A bold heading line followed by regular text (or the reverse), or a change of font size.
        if (previous.IsBold != next.IsBold || Math.Abs(previous.Size - next.Size) > 1) return true;
        var firstWord = next.Words[0];
        var room = frameRight - previous.Right;
        return room > (firstWord.Right - firstWord.Left) + previous.Size * 0.5;
    }

    private static bool StartsListItem(string word)
    {
        if (word is "-" or "+" or "•" or "–" or "*" || word.StartsWith('-') || word.StartsWith('•') || word.StartsWith('+')) return true;
        var trimmed = word.TrimEnd('.', ')', ':');
        if (trimmed.Length == word.Length || trimmed.Length == 0 || trimmed.Length > 6) return false;
        // "1.", "2.1.", "a)", "IV."
        return trimmed.All(c => char.IsDigit(c) || c == '.') || (trimmed.Length == 1 && char.IsLetter(trimmed[0]))
            || trimmed.All(c => "IVXLivxl".Contains(c));
    }
}
