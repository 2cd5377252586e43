namespace Analytics.Ingest.Parsing;

/// <summary>Where a plan's school is: province and district named in its text, and the place of its date line,
/// a weak fallback for the district while districts existed.</summary>
internal sealed record PlanPlace(string? Province, string? District, string? DateLineDistrict)
{
    /// <summary>From 1 July 2025 (Nghị quyết 202/2025/QH15) the place a plan is signed in is a commune or a ward.</summary>
    private const string DistrictsAbolished = "2025-07-01";

    public static PlanPlace Read(PlanHead head)
    {
        var allText = head.AllText;
        var place = Normalizers.Place(string.Join('\n', allText));
        var district = PlaceReader.District(allText, IsProvince) ?? place?.District;
        var dateLine = PlaceReader.District(allText.Where(t => !t.Contains("ngày", StringComparison.Ordinal) || t.Length > 80), IsProvince,
            IsAfterDistrictsAbolished(head.Date?.Iso) ? null : head.Date?.Place);
        return new PlanPlace(place?.Province, district, dateLine);
    }

    private static bool IsProvince(string name) => Normalizers.CanonicalProvince(name) is not null;

    private static bool IsAfterDistrictsAbolished(string? isoDate) =>
        isoDate is { Length: 10 } && string.CompareOrdinal(isoDate, DistrictsAbolished) >= 0;
}
