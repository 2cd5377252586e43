namespace Analytics.Ingest.Ocr;

/// <summary>What OCR found on one page: its words in Tesseract's reading order, the page size in pixels
/// (after preprocessing), the resolution used, and ruling lines seen on the page (table grid).</summary>
public sealed record OcrPage(
    int Number,
    int Width,
    int Height,
    int Resolution,
    IReadOnlyList<OcrWord> Words,
    RulingLines Rules,
    IReadOnlyList<string> Notes);

/// <summary>Horizontal rules as y positions (with their x extent) and vertical rules as x positions (with their y extent).</summary>
public sealed record RulingLines(IReadOnlyList<Rule> Horizontal, IReadOnlyList<Rule> Vertical)
{
    /// <summary>Vertical runs too short to be told from tall glyphs on their own (an eighth to a third of an
    /// inch): never a column, but a separator inside a one-line row where a column already is.</summary>
    public IReadOnlyList<Rule> Stubs { get; init; } = [];

    public static RulingLines None { get; } = new([], []);
}

/// <summary>A ruling line: its position across (y for horizontal, x for vertical) and its extent along.</summary>
public readonly record struct Rule(double Position, double From, double To);
