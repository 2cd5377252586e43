using Analytics.Ingest.Records;

namespace Analytics.Server.Store;

/// <summary>The columns a plan is scoped and sorted by, taken from its record: today's province (the 2025
/// reform's, else the one it was filed under), the commune-level unit (the record's commune, else its former
/// district: the unit an uploader's account is given), the school and the plan's first year.</summary>
public sealed record PlanKeys(string? Province, string? Commune, string? School, int? Year)
{
    public static PlanKeys Of(PlanRecord record) => new(
        record.School.ProvinceCurrent ?? record.School.Province,
        record.School.Commune ?? record.School.District,
        record.School.Name,
        record.Document.PeriodStart ?? YearOf(record.Document.Date));

    private static int? YearOf(string? isoDate) =>
        isoDate is { Length: >= 4 } && int.TryParse(isoDate.AsSpan(0, 4), out var year) ? year : null;
}
