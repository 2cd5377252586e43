using Analytics.Ingest.Ocr;

namespace Analytics.Ingest.Parsing;

/// <summary>A field read from table cells that OCR was unsure of carries a warning naming the field, so an
/// analyst checks it against the scan (the web plan view lists warnings); the item keeps its lowest confidence.</summary>
internal static class OcrDoubts
{
    public static double? Lowest(RawItem raw) => raw.Confidences.Count == 0 ? null : raw.Confidences.Values.Min();

    public static void Warn(RawItem raw, string label, WarningSink warnings)
    {
        foreach (var (role, confidence) in raw.Confidences.OrderBy(c => c.Key))
        {
            if (confidence >= OcrOptions.DefaultLowConfidence || Field(role) is not { } field) continue;
            warnings.Add(field, $"{label}: read from a scanned table cell that OCR was unsure of ({confidence:P0}); check it against the page", raw.Provenance);
        }
    }

    private static string? Field(ColumnRole role) => role switch
    {
        ColumnRole.Criterion => "items.criterion",
        ColumnRole.Target => "items.target",
        ColumnRole.Actions => "items.actions",
        ColumnRole.Lead => "items.lead",
        ColumnRole.Timeline => "items.timeline",
        ColumnRole.Budget => "items.budget",
        ColumnRole.Funding => "items.funding",
        _ => null,
    };
}
