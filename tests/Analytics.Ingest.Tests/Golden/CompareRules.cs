namespace Analytics.Ingest.Tests.Golden;

/// <summary>How strictly each kind of field is compared. Identifiers, dates, amounts and months must be
/// equal; names and short texts must have the same <see cref="TextKey"/>; long free texts (targets,
/// actions, notes) must overlap by tokens, since joining cell lines or dropping a bullet is not an error.</summary>
public static class CompareRules
{
    /// <summary>Token F1 at which a long text (target, actions, note) counts as the same.</summary>
    public const double LongTextF1 = 0.8;

    /// <summary>Token F1 at which an extracted weakness counts as the expected sentence.</summary>
    public const double WeaknessF1 = 0.6;

    internal static bool Exact(string? expected, string? actual) =>
        string.Equals(Blank(expected), Blank(actual), StringComparison.Ordinal);

    internal static bool LongText(string? expected, string? actual) =>
        TextKey.TokenF1(expected, actual) >= LongTextF1;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
