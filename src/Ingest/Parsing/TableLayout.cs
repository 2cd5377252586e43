using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>A table's header rows and what each grid column holds. Header rows are the leading rows
/// before the first row that names a criterion or carries a mark; a header may take up to three rows
/// (merged "Kết quả" over "Không đạt | Đạt" over "Mức 1 | Mức 2 | Mức 3"), whose texts are combined
/// per column. A row of sub-headers under a merged header cell ("Kinh phí dự kiến" over "Ngân sách | Xã hội
/// hóa | Khác") is a header row too, whatever its words.</summary>
internal sealed partial record TableLayout(int HeaderRows, IReadOnlyList<string> Labels, IReadOnlyList<ColumnRole> Roles, bool RolesGuessed)
{
    /// <summary>Per column, the source of funds its amounts come from when the budget is split into several
    /// amount columns by source under one merged header ("Ngân sách", "Xã hội hóa"); null elsewhere.</summary>
    public IReadOnlyList<string?> SourceOfAmounts { get; init; } = [];

    /// <summary>Columns that each hold one part of a row's budget (several amount columns under one merged
    /// header, split by source or by year): their amounts add up, even when two parts are equal.</summary>
    public IReadOnlySet<int> AmountPartColumns { get; init; } = new HashSet<int>();

    /// <summary>Per column, the month or school-year label of a timeline drawn as a chart ("T9", "Tháng 10",
    /// "2025-2026" under a merged "Thời gian thực hiện" or "Lộ trình"): a row marks its periods with "x" in these
    /// columns; null elsewhere.</summary>
    public IReadOnlyList<string?> MonthOfColumn { get; init; } = [];

    private const int MaxHeaderRows = 3;

    public int ColumnOf(ColumnRole role) => Roles.ToList().IndexOf(role);

    /// <summary>Headers of columns neither the header words nor the cells explain: read as notes, reported.</summary>
    public IEnumerable<string> UnknownLabels =>
        Roles.Select((role, c) => (role, c)).Where(x => x.role == ColumnRole.Unknown && Labels[x.c] is { Length: > 0 }).Select(x => Labels[x.c]);
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
        {
            roles = ColumnContents.Refine(table, headerRows, labels, roles);
            var (parts, sources) = AmountColumns(table, headerRows, roles);
            var chart = headerRows >= 2 ? ChartMonthRow.Months(table.Rows[headerRows - 1]) : new Dictionary<int, int>();
            // Ticks under the months may have made a column look like a result column: the month row decides.
            foreach (var column in chart.Keys.Where(c => roles[c] is not (ColumnRole.Criterion or ColumnRole.Standard or ColumnRole.Number))) roles[column] = ColumnRole.Timeline;
            var months = lastParts.Select((part, c) => headerRows < 2 ? null
                : roles[c] == ColumnRole.Timeline && chart.TryGetValue(c, out var month) ? ChartMonthRow.Label(part, month)
                : IsPeriodColumn(part, roles[c]) ? part.Trim() : null).ToArray();
            return new TableLayout(headerRows, labels, roles, false) { SourceOfAmounts = sources, AmountPartColumns = parts, MonthOfColumn = months };
        }
        // No usable header (OCR lost it, or the table starts with data): judge columns by their content.
        return new TableLayout(0, new string[columns], ColumnGuesser.Guess(table), true);
    }

    /// <summary>Amount columns side by side under one merged budget header: parts of one budget. When each
    /// sub-header names a source (words, no digits: "Năm 2025 | Năm 2026" is a split by year), the sub-header
    /// is the source of the amounts in its column.</summary>
    private static (HashSet<int> Parts, string?[] Sources) AmountColumns(TableBlock table, int headerRows, ColumnRole[] roles)
    {
        var parts = new HashSet<int>();
        var sources = new string?[roles.Length];
        if (headerRows < 2) return (parts, sources);
        var top = table.Rows[headerRows - 2];
        var sub = table.Rows[headerRows - 1];
        foreach (var group in top.Cells.Where(c => c.ColumnSpan > 1 && HeaderVocabulary.RoleOf(c.Text) == ColumnRole.Budget))
        {
            var columns = Enumerable.Range(group.Column, group.ColumnSpan).ToList();
            if (columns.Any(c => c >= roles.Length || roles[c] != ColumnRole.Budget)) continue;
            parts.UnionWith(columns);
            var names = columns.Select(c => sub.CellAt(c) is { IsMergedContinuation: false } cell && cell.Column == c ? cell.Text.Trim() : "").ToList();
            if (names.Any(n => n.Length == 0 || n.Any(char.IsDigit))) continue;
            foreach (var (column, name) in columns.Zip(names)) sources[column] = name.Replace('\n', ' ');
        }
        return (parts, sources);
    }

    private static int CountHeaderRows(TableBlock table)
    {
        var count = 0;
        foreach (var row in table.Rows.Take(MaxHeaderRows))
        {
            if (count > 0 && (IsSubHeaderRow(row, table.Rows[count - 1]) || ChartMonthRow.IsMonthRow(row)))
            {
                count++;
                continue;
            }
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

    /// <summary>A row under a header row whose written cells all sit under merged (spanning) header cells and
    /// are short labels (no number but a year: "Ngân sách", "Năm 2026"), while its other columns continue the
    /// header cells above (vertical merges): the sub-headers of those merged cells.</summary>
    private static bool IsSubHeaderRow(TableRow row, TableRow above)
    {
        var written = row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count < 2 || !row.Cells.Any(c => c.IsMergedContinuation)) return false;
        return written.All(c => c.Text.Length <= 40
                                && above.CellAt(c.Column) is { ColumnSpan: > 1 } parent && !ReferenceEquals(parent, c)
                                && (LabelNumbers().IsMatch(c.Text) || (IsMonthLabel(c.Text) || IsTermLabel(c.Text)) && HeaderVocabulary.RoleOf(parent.Text) == ColumnRole.Timeline));
    }

    /// <summary>A sub-header naming a period: a month, term or school year under a merged time header (cells
    /// marked "x"), or a school year under a merged actions header ("Biện pháp theo năm học" over "Năm học
    /// 2025-2026 | 2026-2027": each cell the work of that year).</summary>
    private static bool IsPeriodColumn(string part, ColumnRole role) => role switch
    {
        ColumnRole.Timeline => IsMonthLabel(part) || IsTermLabel(part) || SchoolYears.Of(part) is not null,
        ColumnRole.Actions or ColumnRole.Target => SchoolYears.Of(part) is not null,
        _ => false,
    };

    /// <summary>A month as a chart's column header writes it: "T9", "Th10", "Tháng 9", "9", "9/2024".</summary>
    public static bool IsMonthLabel(string text) => MonthLabel().IsMatch(text.Trim());

    /// <summary>A term as a chart's column header writes it: "HKI", "Học kỳ II", "Hè", "Hè 2025", or a quarter:
    /// "Quý IV/2025", "Quý 1 năm 2026", "Quý II".</summary>
    public static bool IsTermLabel(string text) => TermLabel().IsMatch(Folded.Of(text).Trim());

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:hk|hoc\s*ky)\s*(?:ii|i|1|2)|he(?:\s*(?:19|20)\d{2})?|quy\s*(?:iv|iii|ii|i|[1-4])(?:\s*(?:/|-|nam)\s*(?:19|20)\d{2})?)$")]
    private static partial System.Text.RegularExpressions.Regex TermLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:T|Th|Tháng|tháng|th)\s*\.?\s*)?(?:0?[1-9]|1[0-2])(?:\s*/\s*(?:19|20)\d{2})?$")]
    private static partial System.Text.RegularExpressions.Regex MonthLabel();

    /// <summary>Text whose only numbers are years.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\D*(?:(?:19|20)\d{2}(?!\d)\D*)*$")]
    private static partial System.Text.RegularExpressions.Regex LabelNumbers();
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
