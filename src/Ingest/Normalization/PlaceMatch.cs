namespace Analytics.Ingest.Normalization;

/// <summary>A province (and district, when one is named) found in text, where it was found, and what
/// kind of evidence it was: "place-date" ("Hải Phòng, ngày 10 tháng 7 năm 2023"), "province" ("tỉnh
/// Tiền Giang", "Sở GD&amp;ĐT Hải Phòng"), "district" ("huyện Điện Biên", "Quận 12") or "name" (a bare
/// province name, the weakest).</summary>
/// <param name="Province">Canonical pre-2025 name, as plans written before the merger name it.</param>
public sealed record PlaceMatch(string Province, string? District, int Start, int Length, string Evidence)
{
    /// <summary>The province under the boundaries in force since 1 July 2025.</summary>
    public string? ProvinceCurrent => ProvinceMap.Current(Province);
}
