namespace Analytics.Ingest.Readers.Text;

/// <summary>A whole plan exported as CSV: besides its tables, the export holds the letterhead as label/value records
/// ("Đơn vị";"Trường …", "Ngày ban hành";"12/10/2025"), headings as one-cell records ("Điểm yếu") and numbered
/// lists as number/text records ("1";"Sân vườn …"). Those short records are given back as the lines a plan's text
/// writes ("Đơn vị: Trường …", "Điểm yếu", "1. Sân vườn …"); records of three cells or more are left for
/// <see cref="CsvTableScanner"/>.</summary>
internal static class CsvExportLines
{
    /// <summary>Share of non-blank lines that must open a quoted record for the text to be an export.</summary>
    private const double MinRecordShare = 0.6;

    public static string[] Unwrap(string[] lines)
    {
        var separator = ExportSeparator(lines);
        if (separator is null) return lines;
        var result = new List<string>(lines.Length);
        var i = 0;
        while (i < lines.Length)
        {
            var record = LineShapes.IsBlank(lines[i]) ? null : CsvRecord.Read(lines, i, separator.Value);
            if (record is null || record.Cells.Count >= CsvTableScanner.MinWidth)
            {
                result.AddRange(lines[i..(record?.End ?? i + 1)]);
                i = record?.End ?? i + 1;
                continue;
            }
            result.Add(AsLine(record.Cells));
            i = record.End;
        }
        return [.. result];
    }

    private static string AsLine(IReadOnlyList<string> cells)
    {
        var text = cells.Where(c => c.Length > 0).Select(c => c.Replace('\n', ' ')).ToList();
        if (text.Count < 2) return text.FirstOrDefault() ?? "";
        return text[0].All(char.IsDigit) ? $"{text[0]}. {text[1]}" : $"{text[0]}: {text[1]}";
    }

    private static char? ExportSeparator(string[] lines)
    {
        var nonBlank = lines.Where(l => !LineShapes.IsBlank(l)).ToList();
        var opening = nonBlank.Select(CsvTableScanner.Separator).Where(s => s is not null).ToList();
        if (nonBlank.Count == 0 || opening.Count < nonBlank.Count * MinRecordShare) return null;
        return opening.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
    }
}
