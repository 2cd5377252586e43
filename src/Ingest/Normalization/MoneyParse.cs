using Analytics.Ingest.Records;

namespace Analytics.Ingest.Normalization;

/// <summary>What a budget cell said: the budget (null when the cell gives no amount), what is left of the
/// cell once the amount is cut out (usually the funding source, "Ngân sách nhà nước"), and every doubt
/// met on the way (an approximate amount, a range, a sum of several amounts, a missing unit…).</summary>
/// <param name="Budget">The amount phrase as written and its value in VND; <see cref="Budget.Vnd"/> is null
/// when an amount is written but cannot be reduced to one number (a range, a bare "50" with no unit).</param>
/// <param name="Funding">The rest of the cell, trimmed; null when nothing meaningful is left.</param>
/// <param name="Warnings">Reasons to doubt the value, in plain Vietnamese-free English for the logs.</param>
/// <param name="Low">For a range ("50-100 triệu"), its lower bound.</param>
/// <param name="High">For a range, its upper bound.</param>
public sealed record MoneyParse(
    Budget? Budget,
    string? Funding,
    IReadOnlyList<string> Warnings,
    long? Low = null,
    long? High = null)
{
    public static MoneyParse Empty { get; } = new(null, null, []);
}

/// <summary>An amount found inside prose: where it is in the text, its value (null for a range), and the
/// text of the amount phrase.</summary>
public sealed record MoneyMention(int Start, int Length, long? Vnd, string Text);

/// <summary>How unit-less numbers in a budget cell are read.</summary>
/// <param name="DefaultUnit">Multiplier for a number written without a unit, e.g. 1 000 000 when the
/// column header says "Kinh phí (triệu đồng)"; null means such numbers are read as đồng.</param>
public sealed record MoneyOptions(long? DefaultUnit = null)
{
    public static MoneyOptions Default { get; } = new();
}
