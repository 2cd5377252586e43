using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;
using Analytics.Search.Analysis;

namespace Analytics.Search.Indexing;

/// <summary>What every document of a plan says about its school: the labels and match keys of its place
/// and level, and the text (name, district, province) that ends each document's searchable text.
/// Worked out once per plan instead of once per item. The province is today's (the 34 provinces of the 2025
/// reform): it is the facet; the province the plan was filed under, when another, stays a match key
/// (<see cref="FormerProvince"/>) and in the text, so `province:"Hải Dương"` and `province:"Hải Phòng"` both
/// find a Hải Dương school.</summary>
internal sealed record SchoolFacts(string? Name, KeyedLabel? Province, KeyedLabel? FormerProvince, KeyedLabel? District, KeyedLabel? Commune, KeyedLabel? Level, string Text)
{
    public static SchoolFacts Of(SchoolInfo school)
    {
        var name = ItemFacts.Label(school.Name);
        var district = ItemFacts.Label(school.District);
        var current = ItemFacts.Label(AdministrativeUnits.CurrentProvince(school));
        var former = ItemFacts.Label(AdministrativeUnits.FormerProvince(school));
        var text = string.Join(PlanDocuments.PartSeparator, new[] { name, district, former, current }.OfType<string>());
        return new SchoolFacts(name, Keyed(current), Keyed(former), Keyed(district), Keyed(ItemFacts.Label(school.Commune)), Keyed(ItemFacts.Label(school.Level)), text);
    }

    private static KeyedLabel? Keyed(string? label) => label is null ? null : new KeyedLabel(KeyNormalizer.Key(label), label);
}

/// <summary>A keyword value as shown (label) and as matched (key).</summary>
internal sealed record KeyedLabel(string Key, string Label);
