namespace Analytics.Ingest.Readers.Pdf;

/// <summary>One placed character in top-left page coordinates (points). <see cref="Text"/> may hold a
/// letter plus the combining marks that were drawn over it as separate glyphs.</summary>
internal sealed record Glyph(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double Size, bool IsSpace, bool IsBold = false)
{
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;
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
