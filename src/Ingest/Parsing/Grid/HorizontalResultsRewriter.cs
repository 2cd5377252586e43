using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Grid;

/// <summary>Self-assessment results laid across the page: a row of criterion codes ("Tiêu chí | 3.1 | 3.2 | …")
/// over a row of results ("Mức đạt | Mức 2 | Mức 1 | …"). Stood upright (a row per criterion under "Tiêu chí |
/// Mức đạt") so the assessment reader reads its text results like any other results column.</summary>
internal sealed class HorizontalResultsRewriter : ITableRewriter
{
    private const int FewestCriteria = 2;

    // The upright table's header in the vocabulary's words: the row's own label ("Mức đạt", "Kết quả") names no
    // column role, and a header of one known role is no header.
    private const string CriterionHeader = "Tiêu chí";
    private const string ResultHeader = "Mức đạt hiện tại";

    public TableBlock Rewrite(TableBlock table)
    {
        if (table.Rows.Count < 2 || table.ColumnCount < FewestCriteria + 1) return table;
        var top = table.Rows[0];
        var codes = Enumerable.Range(1, table.ColumnCount - 1).Select(c => top.CellAt(c)).ToList();
        if (codes.Any(cell => cell is null || CriterionReferences.Parse(cell.Text, bare: true) is not { IsStandardOnly: false })) return table;
        var results = table.Rows.Skip(1).FirstOrDefault(r => IsResultsRow(r, table.ColumnCount));
        if (results is null) return table;
        var rows = new List<TableRow> { new([Cell(0, CriterionHeader), Cell(1, ResultHeader)]) };
        for (var c = 1; c < table.ColumnCount; c++)
            rows.Add(new TableRow([Cell(0, codes[c - 1]!.Text), Cell(1, results.CellAt(c)?.Text ?? "")]));
        return new TableBlock(rows, table.Provenance);
    }

    /// <summary>A row headed like a result ("Mức đạt", "Kết quả") whose other cells are nearly all results.</summary>
    private static bool IsResultsRow(TableRow row, int columns)
    {
        if (!AssessmentColumns.IsResultLabel(row.CellAt(0)?.Text)) return false;
        var read = Enumerable.Range(1, columns - 1).Count(c => AssessmentColumns.ResultOfText(row.CellAt(c)?.Text) is not null);
        return read * 10 >= (columns - 1) * 8;
    }

    private static TableCell Cell(int column, string text) => new(column, text, 1, 1, false);
}
