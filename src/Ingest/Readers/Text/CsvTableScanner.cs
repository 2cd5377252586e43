namespace Analytics.Ingest.Readers.Text;

/// <summary>A spreadsheet saved as CSV ("Lưu dưới dạng CSV"): every record a line of cells separated by ";" (Excel
/// with a Vietnamese locale) or ",", cells in double quotes, a quoted cell holding line breaks over several lines, a
/// doubled quote inside it. A run of records up to a blank line is one table; a record of one cell ("Điểm yếu") is
/// a full-width row of its own.</summary>
internal sealed class CsvTableScanner : ITableScanner
{
    /// <summary>Records a run needs to be taken for a table rather than a quoted sentence.</summary>
    private const int MinRecords = 2;

    /// <summary>Cells of the widest record: fewer is a label/value or numbered list (<see cref="CsvExportLines"/>).</summary>
    public const int MinWidth = 3;

    public ScannedTable? TryScan(IReadOnlyList<string> lines, int start)
    {
        var separator = Separator(lines[start]);
        if (separator is null) return null;
        var rows = new List<IReadOnlyList<string>>();
        var j = start;
        while (j < lines.Count && !LineShapes.IsBlank(lines[j]))
        {
            var record = CsvRecord.Read(lines, j, separator.Value);
            if (record is null) break;
            rows.Add(record.Cells);
            j = record.End;
        }
        return rows.Count >= MinRecords && rows.Max(r => r.Count) >= MinWidth ? new ScannedTable(rows, j) : null;
    }

    /// <summary>The separator of a line that opens a quoted record: the character after the first closed cell.</summary>
    public static char? Separator(string line)
    {
        var trimmed = line.TrimEnd('\r');
        if (!trimmed.StartsWith('"')) return null;
        foreach (var candidate in new[] { ';', ',' })
            if (trimmed.Contains($"\"{candidate}\"", StringComparison.Ordinal)) return candidate;
        return trimmed.Length >= 2 && trimmed.EndsWith('"') && trimmed.Count(c => c == '"') == 2 ? ';' : null;
    }
}

/// <summary>One CSV record read from a line onward (a quoted cell may run over following lines), and the index
/// of the line after it; null when the text is not a record.</summary>
internal sealed record CsvRecord(IReadOnlyList<string> Cells, int End)
{
    public static CsvRecord? Read(IReadOnlyList<string> lines, int start, char separator)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false, closed = false, anyQuoted = false;
        for (var j = start; j < lines.Count; j++)
        {
            var line = lines[j].TrimEnd('\r');
            for (var k = 0; k < line.Length; k++)
            {
                var c = line[k];
                if (quoted)
                {
                    if (c != '"') cell.Append(c);
                    else if (k + 1 < line.Length && line[k + 1] == '"') { cell.Append('"'); k++; }
                    else (quoted, closed) = (false, true);
                }
                else if (c == '"' && cell.Length == 0 && !closed) quoted = anyQuoted = true;
                else if (c == separator) { cells.Add(cell.ToString().Trim()); cell.Clear(); closed = false; }
                else if (closed && !char.IsWhiteSpace(c)) return null;
                else cell.Append(c);
            }
            if (quoted) { cell.Append('\n'); continue; }
            cells.Add(cell.ToString().Trim());
            return anyQuoted ? new CsvRecord(cells, j + 1) : null;
        }
        return null;
    }
}
