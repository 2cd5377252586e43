using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>The month row of a timeline chart's header as a scan reads it: "dị 9 | T 10 | đb 11 | 4t 12 | T 1 …".
/// Each label ends in its month while the "T" / "Th" before it is often misread, and a rule crossing the merged
/// "Thời gian thực hiện" above may have cut that header apart. Four or more neighbouring cells whose closing
/// numbers count on month by month (9, 10, 11, 12, 1 …), half of them clean month labels ("T 10"), are that row.</summary>
internal static partial class ChartMonthRow
{
    private const int MinRun = 4;

    /// <summary>Column → month of the chart's month cells in <paramref name="row"/>; empty when it is no month row.</summary>
    public static IReadOnlyDictionary<int, int> Months(TableRow row)
    {
        var written = row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).OrderBy(c => c.Column).ToList();
        var best = new List<(TableCell Cell, int Month)>();
        var run = new List<(TableCell Cell, int Month)>();
        foreach (var cell in written)
        {
            var month = MonthOf(cell.Text);
            var follows = run.Count > 0 && month is { } m && cell.Column == run[^1].Cell.Column + run[^1].Cell.ColumnSpan && m == run[^1].Month % 12 + 1;
            if (!follows) run = [];
            if (month is { } found) run.Add((cell, found));
            if (run.Count > best.Count) best = [.. run];
        }
        // A row of column numbers (1 | 2 | 3 | 4 under a header) is no chart: its labels carry no letter.
        var clean = best.Count(x => TableLayout.IsMonthLabel(x.Cell.Text) && x.Cell.Text.Any(char.IsLetter));
        if (best.Count < MinRun || clean * 2 < best.Count) return new Dictionary<int, int>();
        return best.ToDictionary(x => x.Cell.Column, x => x.Month);
    }

    /// <summary>Whether every written cell of <paramref name="row"/> is one of its chart months.</summary>
    public static bool IsMonthRow(TableRow row)
    {
        var months = Months(row);
        return months.Count > 0 && row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).All(c => months.ContainsKey(c.Column));
    }

    /// <summary>The month as the timeline reads it: "Tháng 10" as written, any other label ("T 10", "4t 12") as "T10".</summary>
    public static string Label(string written, int month) =>
        Folded.Of(written).TrimStart().StartsWith("thang", StringComparison.Ordinal) ? written.Trim() : $"T{month}";

    private static int? MonthOf(string text) => MonthLabel().Match(text.Trim()) is { Success: true } m ? int.Parse(m.Groups["m"].Value) : null;

    /// <summary>A short label closing on a month: up to three letters or symbols and a stray digit before it.</summary>
    [GeneratedRegex(@"^[^\d\s]{0,3}\d?[^\d\s]{0,3}\s*\.?\s*(?<m>1[0-2]|0?[1-9])$")]
    private static partial Regex MonthLabel();
}
