namespace Analytics.Ingest.Parsing;

/// <summary>A school year as a chart column writes it ("2025-2026", "Năm học 2026 - 2027"): September of its
/// first year to May of its second, as the contract spans "Năm học 2025-2026".</summary>
internal static partial class SchoolYears
{
    public static (int First, int Second)? Of(string label)
    {
        var m = SchoolYearLabel().Match(Folded.Of(label).Trim());
        if (!m.Success) return null;
        var (first, second) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
        return second == first + 1 ? (first, second) : null;
    }

    /// <summary>The months of marked school-year labels: September of the first to May of the last; null when
    /// any label is no school year.</summary>
    public static (string Start, string End)? Span(IReadOnlyList<string> labels)
    {
        var years = labels.Select(Of).ToList();
        if (years.Count == 0 || years.Any(y => y is null)) return null;
        return ($"{years.Min(y => y!.Value.First)}-09", $"{years.Max(y => y!.Value.Second)}-05");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:nam hoc\s*)?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})$")]
    private static partial System.Text.RegularExpressions.Regex SchoolYearLabel();
}
