namespace Analytics.Ingest.Tests.Variants;

/// <summary>A variant as plain text the way a table copied out of Word arrives: one line per row, cells
/// separated by tabs, a merged header's top label over the first of its columns, a merged cell blank.</summary>
public static class VariantText
{
    public static string Write(VariantDocument document)
    {
        var lines = new List<string>(document.Head);
        var table = document.Table;
        if (table.HasGroupedHeader)
        {
            lines.Add(string.Join('\t', table.Columns.Select((c, i) => c.GroupTop is null ? c.Label : IsGroupStart(table, i) ? c.GroupTop : "")));
            lines.Add(string.Join('\t', table.Columns.Select(c => c.GroupTop is null ? "" : c.Label)));
        }
        else lines.Add(string.Join('\t', table.Columns.Select(c => c.Label)));
        lines.AddRange(table.Rows.Select(r => string.Join('\t', r.Cells.Select(OneLine))));
        lines.Add("");
        lines.AddRange(document.Foot);
        return string.Join('\n', lines) + "\n";
    }

    public static bool IsGroupStart(VariantTable table, int column) =>
        table.Columns[column].GroupTop is { } top && (column == 0 || table.Columns[column - 1].GroupTop != top);

    private static string OneLine(string cell) => cell.Replace('\n', ' ').Replace('\t', ' ');
}
