namespace Analytics.Analysis.Reports;

/// <summary>A report independent of its format: the writers (DOCX, XLSX, HTML, Markdown) render this.</summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<string> Summary, IReadOnlyList<ReportSection> Sections)
{
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);
}

public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<ReportTable> Tables, IReadOnlyList<ChartSpec> Charts);

/// <summary>A table; <see cref="SheetName"/> names its XLSX sheet (≤ 31 characters).</summary>
public sealed record ReportTable(string SheetName, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows)
{
    /// <summary>A full listing for the workbook only (XLSX): the document formats name it and say where
    /// it is instead of printing rows no reader goes through (100,000 schools × 11 categories).</summary>
    public bool WorkbookOnly { get; init; }

    /// <summary>For printed pages (DOCX, PDF): the table is printed as two tables, columns before this index
    /// and columns from it, each beginning with the first (key) column, the second titled
    /// <see cref="SplitTitle"/>. The workbook keeps it whole for pivots. Null: printed whole.</summary>
    public int? SplitAt { get; init; }

    public string? SplitTitle { get; init; }
}

public sealed record ReportColumn(string Header, CellKind Kind);

public enum CellKind { Text, Integer, Vnd, Percent }

/// <summary>A cell: its text as shown, its number when it is one, and a link (to a source) when it has one.</summary>
public sealed record ReportCell(string Text, double? Number = null, string? Link = null)
{
    public static ReportCell Of(string? text) => new(text ?? "");
    public static ReportCell Int(long value) => new(VietnameseNumbers.Integer(value), value);
    public static ReportCell Vnd(long? value) => value is { } v ? new ReportCell(VietnameseNumbers.Integer(v), v) : new ReportCell("");
    public static ReportCell Percent(double share) => new(VietnameseNumbers.Percent(share), share);
}

/// <summary>A bar chart: one bar per label.</summary>
public sealed record ChartSpec(string Id, string Title, string ValueAxis, CellKind ValueKind, IReadOnlyList<ChartBar> Bars);

public sealed record ChartBar(string Label, double Value);
