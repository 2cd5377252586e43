namespace Analytics.Ingest.Pipeline;

/// <summary>Guards against hostile or broken input. Defaults suit real plans with a wide margin.</summary>
public sealed record IngestLimits
{
    /// <summary>Largest file accepted at all.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest total of decompressed parts accepted from a DOCX (zip-bomb guard).</summary>
    public long MaxDecompressedBytes { get; init; } = 400L * 1024 * 1024;

    /// <summary>Most pages read from one PDF or multi-page image.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Most cells read from one workbook: cells with content, and the cells of the grid a sheet's
    /// table spans (a plan fills a few hundred).</summary>
    public int MaxSpreadsheetCells { get; init; } = 500_000;

    /// <summary>Longest one file may take over every stage (read, repair, parse). A reader process that
    /// has not answered a little after it is stopped.</summary>
    public TimeSpan FileDeadline { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest plain-text file read (a plan as text is a few hundred kilobytes).</summary>
    public int MaxTextBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Longest line of a plain-text file (a paragraph saved as text is a few thousand characters).</summary>
    public int MaxTextLineChars { get; init; } = 100_000;

    /// <summary>Deepest nesting of elements in a DOCX or XLSX part: the Open XML SDK recurses per level,
    /// and real parts nest a few dozen deep.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Most XML elements in one DOCX or XLSX package (a long plan has a few hundred thousand).</summary>
    public long MaxXmlElements { get; init; } = 3_000_000;

    public static IngestLimits Default { get; } = new();
}
