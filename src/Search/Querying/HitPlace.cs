namespace Analytics.Search.Querying;

/// <summary>Where a hit's school is, as the CLI and the workspace show it: today's province, then the units
/// the plan was filed under as "trước đây" ("Hải Phòng (trước đây: Thanh Hà, Hải Dương)"); districts were
/// abolished by the 2025 reform, so a district is always a former unit.</summary>
public static class HitPlace
{
    public static string? Of(SearchHit hit)
    {
        var former = string.Join(", ", new[] { hit.FormerDistrict, hit.FormerProvince }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (hit.Province is null) return former.Length == 0 ? null : $"trước đây: {former}";
        return former.Length == 0 ? hit.Province : $"{hit.Province} (trước đây: {former})";
    }
}
