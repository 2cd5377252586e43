using System.Text.RegularExpressions;

namespace Analytics.Ingest.Normalization;

/// <summary>A budget broken down inside one cell, each amount behind a label of its own ("- Mái che: 90 triệu /
/// - Thảm cỏ: 45 triệu / Cộng: 135 triệu đồng", "NS: 150 triệu; XHH: 30 triệu"). The parts are a breakdown, so
/// when the last amount is their sum it is the total, not a further part; and the cell as written, labels
/// included, is the amount's text.</summary>
internal static partial class MoneyBreakdown
{
    /// <summary>Whether every amount follows its own "label:" (the words between the previous amount, or the
    /// cell start, and this one end in a colon).</summary>
    public static bool IsLabelled(string text, IReadOnlyList<MoneyAmount> amounts)
    {
        if (amounts.Count < 2) return false;
        var from = 0;
        foreach (var a in amounts)
        {
            if (!LabelBefore().IsMatch(text[from..a.Start])) return false;
            from = a.End;
        }
        return true;
    }

    /// <summary>The total of labelled parts: the last amount when it is the sum of the others ("Cộng", "Tổng"),
    /// else the sum of all.</summary>
    public static decimal Total(IReadOnlyList<decimal> values)
    {
        var last = values[^1];
        var before = values.Take(values.Count - 1).Sum();
        return values.Count > 2 && last == before ? last : values.Sum();
    }

    /// <summary>"- Mái che: " / "; XHH: " / " Cộng: ": a short label of words, possibly after a bullet or a
    /// separator, ending in a colon just before the amount.</summary>
    [GeneratedRegex(@"^[\s;,.\-–+•*]*\p{L}[\p{L}\s.&/()]{0,40}:\s*(?:(?:dự\s+kiến|khoảng)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelBefore();
}
