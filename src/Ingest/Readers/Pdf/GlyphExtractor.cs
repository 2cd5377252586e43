using System.Globalization;
using Analytics.Ingest.Text;
using UglyToad.PdfPig.Content;

namespace Analytics.Ingest.Readers.Pdf;

/// <summary>Turns PdfPig letters into glyphs, attaching accents that a PDF draws as separate glyphs to
/// the letter beneath them so "Ề" never comes out as "E" + "̀" + "̂" in different places.
/// Spacing accents (ˋ ˊ ˜ ^ …) positioned over a letter become the matching combining marks.</summary>
internal static class GlyphExtractor
{
    public static List<Glyph> Extract(Page page)
    {
        var height = page.Height;
        var letters = page.Letters;
        var glyphs = new List<Glyph>(letters.Count);
        var marks = new List<(Glyph Glyph, string Combining, int Order)>();
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var value = letter.Value;
            if (string.IsNullOrEmpty(value)) continue;
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            if (Turned(letter, height, size) is { } turned)
            {
                // Turned text (a header set on its side) keeps its page place for table cells; the writers that
                // turn text draw its accents composed, so no separate mark is attached here.
                if (CombiningFor(value) is null) glyphs.Add(turned);
                continue;
            }
            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            if (right - left < 0.01)
            {
                left = letter.BoundingBox.Left;
                right = letter.BoundingBox.Right;
            }
            var baseline = height - letter.StartBaseLine.Y;
            var top = Math.Min(height - letter.BoundingBox.Top, baseline - size * 0.7);
            var bottom = Math.Max(height - letter.BoundingBox.Bottom, baseline + size * 0.2);
            var bold = letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true || letter.FontDetails?.IsBold == true;
            var glyph = new Glyph(value, left, right, top, bottom, baseline, size, string.IsNullOrWhiteSpace(value), bold);
            if (CombiningFor(value) is { } combining) marks.Add((glyph with { Left = letter.BoundingBox.Left, Right = letter.BoundingBox.Right }, combining, glyphs.Count));
            else glyphs.Add(glyph);
        }
        foreach (var (mark, combining, order) in marks) Attach(glyphs, mark, combining, order);
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (!glyphs[i].Text.IsNormalized()) glyphs[i] = glyphs[i] with { Text = VietnameseFolding.Nfc(glyphs[i].Text) };
        }
        return glyphs;
    }

    /// <summary>A letter whose baseline runs up or down the page, as a glyph with its page box and its run
    /// (see <see cref="Glyph.Run"/>); null for horizontal letters.</summary>
    private static Glyph? Turned(Letter letter, double height, double size)
    {
        var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
        var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        // PdfPig names the turns as the page is rotated: Rotate270 runs up, Rotate90 down; "Other" by the baseline.
        var upward = letter.TextOrientation == TextOrientation.Rotate270 || (letter.TextOrientation == TextOrientation.Other && dy > Math.Abs(dx) * 4);
        var downward = letter.TextOrientation == TextOrientation.Rotate90 || (letter.TextOrientation == TextOrientation.Other && -dy > Math.Abs(dx) * 4);
        if (!upward && !downward) return null;
        var baseX = letter.StartBaseLine.X;
        var (startY, endY) = (letter.StartBaseLine.Y, letter.EndBaseLine.Y);
        if (Math.Abs(endY - startY) < 0.01) endY = startY + (upward ? size * 0.5 : -size * 0.5);
        // The glyph's body lies on the left of an upward baseline and on the right of a downward one.
        var (left, right) = upward ? (baseX - size * 0.7, baseX + size * 0.2) : (baseX - size * 0.2, baseX + size * 0.7);
        var value = letter.Value;
        var bold = letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true || letter.FontDetails?.IsBold == true;
        return new Glyph(value, left, right, height - Math.Max(startY, endY), height - Math.Min(startY, endY), baseX, size, string.IsNullOrWhiteSpace(value), bold)
        {
            Turn = upward ? GlyphTurn.Upward : GlyphTurn.Downward,
            Run = upward ? (startY, endY, baseX) : (-startY, -endY, -baseX),
        };
    }

    // The base letter is normally next to the mark in drawing order; look there first, then anywhere.
    private static void Attach(List<Glyph> glyphs, Glyph mark, string combining, int order)
    {
        var best = -1;
        var bestDistance = double.MaxValue;
        void Consider(int index)
        {
            var candidate = glyphs[index];
            if (candidate.IsSpace) return;
            var overlap = Math.Min(candidate.Right, mark.Right) - Math.Max(candidate.Left, mark.Left);
            var within = mark.CenterX >= candidate.Left - mark.Size * 0.1 && mark.CenterX <= candidate.Right + mark.Size * 0.1;
            if (overlap <= 0 && !within) return;
            var vertical = Math.Abs(candidate.Baseline - mark.Baseline);
            if (vertical > candidate.Size * 1.2) return;
            var distance = Math.Abs(candidate.CenterX - mark.CenterX) + vertical * 0.1;
            if (distance < bestDistance) { bestDistance = distance; best = index; }
        }
        for (var i = Math.Max(0, order - 3); i < Math.Min(glyphs.Count, order + 3); i++) Consider(i);
        if (best < 0)
            for (var i = 0; i < glyphs.Count; i++) Consider(i);
        if (best < 0) return; // an accent with no letter under it carries no text
        glyphs[best] = glyphs[best] with { Text = OrderMarks(glyphs[best].Text + combining) };
    }

    // Marks drawn separately come in any order, but "E" + grave + circumflex does not compose to "Ề":
    // Vietnamese puts the vowel's own mark (circumflex, breve, horn) before the tone mark.
    internal static string OrderMarks(string text)
    {
        var first = 0;
        while (first < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[first]) != UnicodeCategory.NonSpacingMark) first++;
        if (text.Length - first < 2) return text;
        var marks = text[first..].OrderBy(c => c is '\u0302' or '\u0306' or '\u031B' ? 0 : 1).ToArray();
        return string.Concat(text.AsSpan(0, first), new string(marks));
    }

    /// <summary>The combining mark a glyph stands for when it is drawn as an accent on its own, else null.</summary>
    internal static string? CombiningFor(string value)
    {
        if (value.Length != 1) return null;
        var c = value[0];
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return value;
        return c switch
        {
            '`' or 'ˋ' => "\u0300",
            '´' or 'ˊ' => "\u0301",
            '˜' => "\u0303",
            'ˆ' => "\u0302",
            '˘' => "\u0306",
            '¨' => "\u0308",
            _ => null,
        };
    }
}
