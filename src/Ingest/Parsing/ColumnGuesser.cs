using System.Text.RegularExpressions;
using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Assigns column roles from cell content when a table has no recognisable header:
/// row numbers, criterion references, money, time expressions, and the longest text as the actions.</summary>
internal static partial class ColumnGuesser
{
    public static ColumnRole[] Guess(TableBlock table)
    {
        var columns = table.ColumnCount;
        var roles = new ColumnRole[columns];
        var averageLength = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var texts = table.Rows.Select(r => r.CellAt(c)?.Text ?? "").Where(t => t.Length > 0).ToList();
            if (texts.Count == 0) continue;
            averageLength[c] = texts.Average(t => t.Length);
            double Share(Func<string, bool> test) => texts.Count(test) / (double)texts.Count;

            if (Share(t => RowNumber().IsMatch(t)) >= 0.8) roles[c] = ColumnRole.Number;
            else if (Share(t => CriterionReferences.Parse(t, bare: true) is not null) >= 0.6) roles[c] = ColumnRole.Criterion;
            else if (Share(LooksLikeMoney) >= 0.6) roles[c] = ColumnRole.Budget;
            else if (Share(LooksLikeTime) >= 0.6) roles[c] = ColumnRole.Timeline;
        }
        var longest = -1;
        for (var c = 0; c < columns; c++)
            if (roles[c] == ColumnRole.Unknown && (longest < 0 || averageLength[c] > averageLength[longest])) longest = c;
        if (longest >= 0 && averageLength[longest] > 0) roles[longest] = ColumnRole.Actions;
        return roles;
    }

    /// <summary>A short cell holding an amount of money ("150.000.000 đ", "1,2 tỷ").</summary>
    public static bool LooksLikeMoney(string text) => text.Length <= 60 && Money().IsMatch(Folded.Of(text));

    /// <summary>A short cell holding a date, a period or a recurrence ("Quý I/2025", "Hè 2025", "Định kỳ").</summary>
    public static bool LooksLikeTime(string text) => text.Length <= 80 && TimeWords().IsMatch(Folded.Of(text));

    [GeneratedRegex(@"^\s*(?:\d{1,3}|[IVX]{1,4})\s*\.?\s*$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"\d[\d\.,\s]*\s*(?:ty|trieu|nghin|ngan|dong|d\b|vnd)|\d{1,3}(?:\.\d{3}){2,}")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\bthang\b|\bquy\b|\bnam hoc\b|\bhang (?:thang|tuan|nam)\b|\bdinh ky\b|\bca nam\b|\bhk\s*i")]
    private static partial Regex TimeWords();
}
