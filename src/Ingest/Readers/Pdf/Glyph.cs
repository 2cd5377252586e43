namespace Analytics.Ingest.Readers.Pdf;

/// <summary>One placed character in top-left page coordinates (points). <see cref="Text"/> may hold a
/// letter plus the combining marks that were drawn over it as separate glyphs. <see cref="Turn"/> says
/// whether the text runs upward or downward (table headers set on their side); the box is then the glyph's
/// place on the page, and <see cref="Upright"/> gives the glyph as if its line had been turned horizontal.</summary>
internal sealed record Glyph(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double Size, bool IsSpace, bool IsBold = false)
{
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;

    public GlyphTurn Turn { get; init; }

    /// <summary>Where <see cref="Turn"/> is not <see cref="GlyphTurn.None"/>: the reading position of the
    /// glyph's start and end along its line (increasing in reading order), and the baseline across the
    /// lines (increasing from the first line to the next).</summary>
    public (double Start, double End, double Across) Run { get; init; }

    /// <summary>The glyph in its line's own frame: reading direction left to right, lines top to bottom.</summary>
    public Glyph Upright() => Turn == GlyphTurn.None
        ? this
        : this with { Left = Run.Start, Right = Run.End, Baseline = Run.Across, Top = Run.Across - Size * 0.7, Bottom = Run.Across + Size * 0.2, Turn = GlyphTurn.None };
}

/// <summary>Which way a glyph's line runs on the page.</summary>
internal enum GlyphTurn
{
    None,
    /// <summary>Bottom to top (Word's "btLr"): lines follow each other from left to right.</summary>
    Upward,
    /// <summary>Top to bottom ("tbRl"): lines follow each other from right to left.</summary>
    Downward,
}

/// <summary>A word: glyphs closer together than a fraction of the font size.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Top, double Bottom, double Size, bool IsBold = false);

/// <summary>Words sharing a baseline, left to right.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfWord> Words)
{
    public double Left => Words[0].Left;
    public double Right => Words[^1].Right;
    public double Top => Words.Min(w => w.Top);
    public double Bottom => Words.Max(w => w.Bottom);
    public double Size => Words.Max(w => w.Size);
    public string Text => string.Join(' ', Words.Select(w => w.Text));
    /// <summary>Most of the line's words are bold (headings usually are, body text not).</summary>
    public bool IsBold => Words.Count(w => w.IsBold) * 2 > Words.Count;
}
