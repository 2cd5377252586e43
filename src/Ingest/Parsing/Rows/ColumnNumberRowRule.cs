using System.Text.RegularExpressions;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>The row of column numbers forms print under the header ("(1) | (2) | … | (8)", or "1 | 2 | 3 …"): every
/// cell holds the number of its own column, counted from one; no item.</summary>
internal sealed partial class ColumnNumberRowRule : ITableRowRule
{
    private const int MinColumns = 3;

    public RowOutcome Apply(TableRowContext row)
    {
        var written = row.Row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count < MinColumns) return RowOutcome.NotMine;
        var numbers = written.Select(c => ColumnNumber().Match(c.Text.Trim()) is { Success: true } m ? int.Parse(m.Groups[1].Value) : -1).ToList();
        return numbers.Select((n, i) => n == written[i].Column + 1).All(ok => ok) ? RowOutcome.SetAside : RowOutcome.NotMine;
    }

    [GeneratedRegex(@"^\(?(\d{1,2})\)?$")]
    private static partial Regex ColumnNumber();
}
