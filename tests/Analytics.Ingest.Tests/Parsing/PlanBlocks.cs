using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Parsing;

/// <summary>Document-model pieces for parser rule tests (`using static`): cells, merged continuations, rows,
/// text lines, and a plan head (number, place and date, title, school) in front of a test's own blocks.</summary>
internal static class PlanBlocks
{
    public static readonly Provenance At = new("ke-hoach.docx", 1, 0);

    public static TableCell Cell(int column, string text, int span = 1, int rows = 1) => new(column, text, span, rows);

    public static TableCell Below(int column, int span = 1) => new(column, "", span, 1, IsMergedContinuation: true);

    public static TableRow Row(params string[] cells) => new([.. cells.Select((t, c) => Cell(c, t))]);

    public static TextBlock Line(string text, TextKind kind = TextKind.Paragraph) => new(kind, text, At);

    /// <summary>The lines that open a plan: "Số: …", "Place, ngày …", the two title headings, the school.</summary>
    public static Block[] Head(string number, string dateLine, string schoolYear, string schoolSentence) =>
    [
        Line("Số: " + number),
        Line(dateLine),
        Line("KẾ HOẠCH", TextKind.Heading),
        Line("Cải tiến chất lượng giáo dục năm học " + schoolYear, TextKind.Heading),
        Line(schoolSentence),
    ];

    /// <summary>The one plan the parser reads from <paramref name="head"/> followed by <paramref name="body"/>.</summary>
    public static PlanRecord ParseOne(Block[] head, Block[] body)
    {
        var result = new PlanParser().Parse(SourceDocument.Create("ke-hoach.docx", "docx", [.. head, .. body]));
        Assert.True(result.IsSuccess, result.Error);
        return Assert.Single(result.Value);
    }
}
