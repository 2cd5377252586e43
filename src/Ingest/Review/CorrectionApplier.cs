using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Ingest.Review;

/// <summary>Lays analysts' corrections over a source's parsed records: for each plan and field the latest
/// correction wins and the record lists it in <see cref="PlanRecord.Corrections"/>. A correction that no
/// longer fits (the re-read plan has fewer items) is kept in the store and said in a warning, never dropped
/// in silence.</summary>
public static class CorrectionApplier
{
    public static StoredSource Apply(StoredSource source, IReadOnlyList<FieldCorrection> corrections)
    {
        if (corrections.Count == 0) return source;
        var records = source.Records.Select((record, index) => Apply(record, index + 1, corrections)).ToList();
        return source with { Records = records };
    }

    private static PlanRecord Apply(PlanRecord record, int plan, IReadOnlyList<FieldCorrection> corrections)
    {
        var latest = corrections.Where(c => c.Plan == plan)
            .GroupBy(c => c.Field, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
        if (latest.Count == 0) return record;
        var applied = new List<FieldCorrection>();
        var warnings = record.Warnings.ToList();
        foreach (var correction in latest)
        {
            var path = FieldPath.Parse(correction.Field);
            var written = path.IsSuccess ? CorrectableFields.Write(record, path.Value, correction.Value) : Result<PlanRecord>.Failure(path.Error!);
            if (written.IsSuccess)
            {
                record = written.Value;
                applied.Add(correction);
            }
            else
            {
                warnings.Add(new RecordWarning(correction.Field, $"correction by {correction.By} not applied: {written.Error}"));
            }
        }
        return record with { Corrections = applied, Warnings = warnings };
    }
}
