namespace Analytics.Analysis.Reports.Docx;

/// <summary>A table too wide for a printed page as the tables it is printed as (see
/// <see cref="ReportTable.SplitAt"/>): each part repeats the key column so a row is read without the other part.</summary>
internal static class DocxTableSplit
{
    public static IReadOnlyList<ReportTable> Parts(ReportTable table)
    {
        if (table.SplitAt is not { } at || at <= 1 || at >= table.Columns.Count) return [table];
        return [Part(table, 1, at, table.Title), Part(table, at, table.Columns.Count, table.SplitTitle ?? table.Title)];
    }

    private static ReportTable Part(ReportTable table, int from, int to, string title)
    {
        int[] keep = [0, .. Enumerable.Range(from, to - from)];
        return new ReportTable(table.SheetName, title,
            keep.Select(i => table.Columns[i]).ToList(),
            table.Rows.Select(r => (IReadOnlyList<ReportCell>)keep.Where(i => i < r.Count).Select(i => r[i]).ToList()).ToList())
        {
            WorkbookOnly = table.WorkbookOnly,
        };
    }
}
