using Analytics.Ingest.Records;

namespace Analytics.Ingest.Normalization;

/// <summary>A school's place under today's units (the 2025 reform: 34 provinces, communes, no districts) and
/// the province its plan was filed under when that is another: search, facets, the workspace and the
/// reports group by the first and show the second as "formerly".</summary>
public static class AdministrativeUnits
{
    /// <summary>The province today: the record's own, else the one the filed province merged into, else
    /// the filed name as written (a name the map does not know is kept, not dropped).</summary>
    public static string? CurrentProvince(SchoolInfo school) =>
        Clean(school.ProvinceCurrent) ?? (Clean(school.Province) is { } filed ? ProvinceMap.Current(filed) ?? filed : null);

    /// <summary>The province the plan names, when it is not today's (Hải Dương for a school now in Hải Phòng).</summary>
    public static string? FormerProvince(SchoolInfo school)
    {
        var filed = Clean(school.Province);
        var current = CurrentProvince(school);
        if (filed is null || current is null) return null;
        var same = (ProvinceMap.Canonical(filed) ?? filed) == (ProvinceMap.Canonical(current) ?? current);
        return same ? null : filed;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
