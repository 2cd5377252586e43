using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>A table's header rows and what each grid column holds. Header rows are the leading rows
/// before the first row that names a criterion or carries a mark; a header may take up to three rows
/// (merged "Kết quả" over "Không đạt | Đạt" over "Mức 1 | Mức 2 | Mức 3"), whose texts are combined
/// per column.</summary>
internal sealed record TableLayout(int HeaderRows, IReadOnlyList<string> Labels, IReadOnlyList<ColumnRole> Roles, bool RolesGuessed)
{
    private const int MaxHeaderRows = 3;

    public int ColumnOf(ColumnRole role) => Roles.ToList().IndexOf(role);
    public bool Has(ColumnRole role) => Roles.Contains(role);

    public static TableLayout Of(TableBlock table)
    {
        var columns = table.ColumnCount;
        var headerRows = CountHeaderRows(table);
        var labels = new string[columns];
        var lastParts = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            var parts = new List<string>();
            for (var r = 0; r < headerRows; r++)
            {
                var cell = table.Rows[r].CellAt(c);
                if (cell is null || cell.IsMergedContinuation || cell.Text.Length == 0) continue;
                if (parts.Count == 0 || parts[^1] != cell.Text) parts.Add(cell.Text.Replace('\n', ' '));
            }
            labels[c] = string.Join(" / ", parts);
            lastParts[c] = parts.Count > 0 ? parts[^1] : "";
        }
        // Under a merged "Kinh phí", the sub-headers "Dự kiến" | "Nguồn" decide; a bare sub-header falls back to the whole.
        var roles = Enumerable.Range(0, columns)
            .Select(c => HeaderVocabulary.RoleOf(lastParts[c]) is var own && own != ColumnRole.Unknown ? own : HeaderVocabulary.RoleOf(labels[c]))
            .ToArray();
        if (headerRows > 0 && roles.Count(r => r != ColumnRole.Unknown) >= 2)
            return new TableLayout(headerRows, labels, roles, false);
        // No usable header (OCR lost it, or the table starts with data): judge columns by their content.
        return new TableLayout(0, new string[columns], ColumnGuesser.Guess(table), true);
    }

    private static int CountHeaderRows(TableBlock table)
    {
        var count = 0;
        foreach (var row in table.Rows.Take(MaxHeaderRows))
        {
            if (row.Cells.Any(c => CriterionReferences.Parse(c.Text, bare: c.Text.Contains('.')) is not null || Marks.IsMark(c.Text))) break;
            var filled = row.Cells.Where(c => c.Text.Length > 0 && !c.IsMergedContinuation).ToList();
            var recognised = filled.Count(c => HeaderVocabulary.RoleOf(c.Text) != ColumnRole.Unknown || AssessmentColumns.LevelOf(c.Text) is not null);
            // Header cells are short labels, most of them known; a row of sentences is data.
            var labelLike = filled.All(c => c.Text.Length <= 60) && recognised * 2 >= filled.Count;
            if (recognised == 0 || !labelLike) break;
            count++;
        }
        return count;
    }
}

/// <summary>The marks a self-assessment table uses to tick a result column.</summary>
internal static class Marks
{
    public static bool IsMark(string? text)
    {
        var t = text?.Trim().TrimEnd('.') ?? "";
        return t is "x" or "X" or "✓" or "✔" or "☑" or "v" or "V" or "+" or "×" or "*" or "●" or "•";
    }
}
