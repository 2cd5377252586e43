using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>A small table of headed cells, each heading above its content (a SWOT analysis: "Điểm mạnh (S) |
/// Điểm yếu (W)" over their lists, "Cơ hội (O) | Thách thức (T)" over theirs). Its weakness cell is a weakness
/// section laid in a grid: this view puts the heading and the content before the table as text, so the
/// weakness reader reads it.</summary>
internal static class HeadedCellTables
{
    private const int MostColumns = 3;
    private const int MostRows = 8;
    private const int LongestHeading = 40;

    /// <summary>The blocks with every such table preceded by its weakness heading and content as text.</summary>
    public static List<Block> ForWeaknesses(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is TableBlock table && !KeyValueTables.IsKeyValue(table))
                foreach (var (heading, content) in Weaknesses(table))
                    result.AddRange([new TextBlock(TextKind.Heading, heading, table.Provenance), new TextBlock(TextKind.Paragraph, content, table.Provenance)]);
            result.Add(block);
        }
        return result;
    }

    /// <summary>The (heading, content) pairs of a weakness heading's cell and the cell below it; none when
    /// the table is not a small grid of headings over content.</summary>
    public static IEnumerable<(string Heading, string Content)> Weaknesses(TableBlock table)
    {
        if (table.ColumnCount is < 2 or > MostColumns || table.Rows.Count is < 2 or > MostRows) yield break;
        for (var r = 0; r + 1 < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!IsHeadingRow(row, table.ColumnCount)) continue;
            foreach (var cell in row.Cells.Where(c => PlanVocabulary.NamesWeakness(c.Text)))
                if (table.Rows[r + 1].CellAt(cell.Column)?.Text.Trim() is { Length: > 0 } content && !IsHeadingRow(table.Rows[r + 1], table.ColumnCount))
                    yield return (cell.Text.Trim(), content);
        }
    }

    /// <summary>Every column headed by a short label without digits.</summary>
    private static bool IsHeadingRow(TableRow row, int columns) =>
        Enumerable.Range(0, columns).All(c => row.CellAt(c) is { } cell && cell.Text.Trim() is { Length: > 1 and <= LongestHeading } t
                                              && !t.Any(char.IsDigit) && !t.Contains('\n'));
}
