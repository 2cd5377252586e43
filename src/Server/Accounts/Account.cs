using Analytics.Ingest.Records;
using Analytics.Search.Analysis;
using Analytics.Search.Querying;

namespace Analytics.Server.Accounts;

/// <summary>A user of the shared workspace and the units whose plans they may see. The scope is applied on the
/// server to every search, facet, plan page, report and download: an admin sees everything, an analyst their
/// province (all provinces when none is set), an uploader or viewer only the plans of their communes.</summary>
public sealed record Account(string Name, string Role, string? Province, IReadOnlyList<string> Communes)
{
    private bool SeesAll => Role == Roles.Admin || (Role == Roles.Analyst && Province is null);

    private bool ByCommune => Role is Roles.Uploader or Roles.Viewer;

    /// <summary>The search scope (null: the whole collection).</summary>
    public SearchWithin? Within() =>
        SeesAll ? null
        : ByCommune && Communes.Count == 0 ? SearchWithin.Nothing
        : new SearchWithin(Province, ByCommune ? Communes : []);

    /// <summary>Whether a plan is in scope: the same rule as <see cref="Within"/>, on the record (province
    /// today's or the one it was filed under; a unit is the plan's commune or, before the 2025 reform, its
    /// district, by accent-free key, as the index compares them).</summary>
    public bool Sees(PlanRecord record)
    {
        if (SeesAll) return true;
        if (ByCommune && Communes.Count == 0) return false;
        if (Province is not null && !SameUnit(Province, record.School.ProvinceCurrent) && !SameUnit(Province, record.School.Province)) return false;
        return !ByCommune || Communes.Any(c => SameUnit(c, record.School.Commune) || SameUnit(c, record.School.District));
    }

    private static bool SameUnit(string unit, string? value) => value is not null && KeyNormalizer.Key(unit) == KeyNormalizer.Key(value);
}
