namespace Analytics.Ingest.Parsing;

/// <summary>Where a plan's school is: province, district and commune named in its text, and the place of its
/// date line, a weak fallback for the district while districts existed and for the commune since.</summary>
internal sealed record PlanPlace(string? Province, string? District, string? Commune, string? DateLineDistrict)
{
    /// <summary>From 1 July 2025 (Nghị quyết 202/2025/QH15) the place a plan is signed in is a commune or a ward.</summary>
    private const string DistrictsAbolished = "2025-07-01";

    public static PlanPlace Read(PlanHead head)
    {
        var allText = head.AllText;
        var afterReform = IsAfterDistrictsAbolished(head.Date?.Iso);
        // Since the reform the place a plan is signed in is a ward or commune, often named after the old district
        // ("Đồng Hới, ngày …" of phường Đồng Hới, now in Quảng Trị): the province the text names ("tỉnh Quảng Trị")
        // wins over the old district's.
        var place = (afterReform ? Normalizers.Place(string.Join('\n', allText.Where(IsNotDateLine))) : null)
                    ?? Normalizers.Place(string.Join('\n', allText));
        var commune = PlaceReader.Commune(allText) ?? (afterReform ? DateLineCommune(head.Date?.Place) : null);
        var district = PlaceReader.District(allText, IsProvince) ?? GazetteerDistrict(place?.District, commune, afterReform);
        var dateLine = PlaceReader.District(allText.Where(IsNotDateLine), IsProvince,
            afterReform ? null : head.Date?.Place);
        return new PlanPlace(place?.Province, district, commune, dateLine);
    }

    /// <summary>A district the gazetteer finds in the text, unless, since the reform, it is only the name of the
    /// school's ward or commune ("UBND PHƯỜNG ĐIỆN BIÊN PHỦ": the ward took the old city's name; no district is
    /// written).</summary>
    private static string? GazetteerDistrict(string? district, string? commune, bool afterReform) =>
        afterReform && district is not null && commune is not null && Folded.Of(commune).EndsWith(Folded.Of(district), StringComparison.Ordinal)
            ? null : district;

    // A place signed in since the reform is a commune or ward, unless it names the province ("Lai Châu, ngày …").
    private static string? DateLineCommune(string? place) =>
        string.IsNullOrWhiteSpace(place) || IsProvince(place) || place.Any(char.IsDigit) || place.Split(' ').Length > 4 ? null : place.Trim();

    private static bool IsNotDateLine(string text) => !text.Contains("ngày", StringComparison.Ordinal) || text.Length > 80;

    private static bool IsProvince(string name) => Normalizers.CanonicalProvince(name) is not null;

    private static bool IsAfterDistrictsAbolished(string? isoDate) =>
        isoDate is { Length: 10 } && string.CompareOrdinal(isoDate, DistrictsAbolished) >= 0;
}
