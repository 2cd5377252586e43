using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Ingest.Review;

/// <summary>A field of a plan an analyst may correct: a plan-level field ("school.name") or a field of one
/// improvement item ("items[2].budget", items counted from 1 as the plan numbers them).</summary>
public sealed partial record FieldPath(int? Item, string Name)
{
    /// <summary>Plan-level fields that can be corrected.</summary>
    public static IReadOnlyList<string> PlanFields { get; } =
        ["school.name", "school.level", "school.province", "school.district", "school.commune", "document.number", "document.date", "document.title"];

    /// <summary>Item fields that can be corrected.</summary>
    public static IReadOnlyList<string> ItemFields { get; } =
        ["criterion", "criterionName", "target", "actions", "lead", "timeline", "budget", "funding"];

    public static FieldPath ForItem(int item, string name) => new(item, name);

    public static Result<FieldPath> Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (PlanFields.Contains(trimmed)) return new FieldPath(null, trimmed);
        var match = ItemPattern().Match(trimmed);
        if (match.Success && ItemFields.Contains(match.Groups["name"].Value))
        {
            var item = int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture);
            if (item >= 1) return new FieldPath(item, match.Groups["name"].Value);
        }
        return Result<FieldPath>.Failure(
            $"unknown field \"{trimmed}\": use one of {string.Join(", ", PlanFields)} or items[N].{string.Join("|", ItemFields)} (N counted from 1)");
    }

    public override string ToString() => Item is { } n ? $"items[{n}].{Name}" : Name;

    [GeneratedRegex(@"^items\[(?<item>\d{1,4})\]\.(?<name>[A-Za-z]+)$")]
    private static partial Regex ItemPattern();
}
