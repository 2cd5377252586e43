using System.Globalization;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Review;

/// <summary>How a correction is shown wherever a record is (plan view, `plans show`, CSV): the field, the
/// value replaced and the value set, by whom and when (UTC), in Vietnamese.</summary>
public static class CorrectionWording
{
    public static string Line(FieldCorrection correction) =>
        $"{correction.Field}: \"{correction.Original ?? "(trống)"}\" → \"{correction.Value ?? "(trống)"}\" — {Stamp(correction)}";

    /// <summary>"sửa tay bởi Nguyễn Thị Lan, 2026-12-07 04:28 UTC".</summary>
    public static string Stamp(FieldCorrection correction) =>
        $"sửa tay bởi {correction.By}, {correction.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";

    /// <summary>The corrections that concern one item (from 1) of a plan, and the plan-level ones.</summary>
    public static IEnumerable<FieldCorrection> ForItem(PlanRecord plan, int? item) =>
        plan.Corrections.Where(c => !c.Field.StartsWith("items[", StringComparison.Ordinal)
            || (item is { } n && c.Field.StartsWith($"items[{n.ToString(CultureInfo.InvariantCulture)}].", StringComparison.Ordinal)));
}
