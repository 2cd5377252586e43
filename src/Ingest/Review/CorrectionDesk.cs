using Analytics.Ingest.Records;
using Analytics.Ingest.Store;

namespace Analytics.Ingest.Review;

/// <summary>A person's correction of one field, from the CLI or the workspace: checked against the stored
/// plan, kept in the store's corrections, then laid over the stored records (the caller holds the writer
/// lock and brings the index in line afterwards).</summary>
public static class CorrectionDesk
{
    /// <returns>The plan as now stored, or why the correction was refused.</returns>
    public static Result<PlanRecord> Correct(RecordStore store, string source, int plan, string field, string? value, string by, DateTimeOffset at)
    {
        var stored = store.Get(source);
        var correction = Prepare(stored, source, plan, field, value, by, at);
        if (!correction.IsSuccess) return Result<PlanRecord>.Failure(correction.Error!);
        store.Corrections.Add(source, correction.Value);
        store.Put(stored!);
        return store.Get(source)!.Records[plan - 1];
    }

    /// <summary>Checks a correction against the stored plan (any store: the data folder's or a server's) and
    /// makes it, with the value the parser read as its original; nothing is stored.</summary>
    public static Result<FieldCorrection> Prepare(StoredSource? stored, string source, int plan, string field, string? value, string by, DateTimeOffset at)
    {
        if (stored is null) return Result<FieldCorrection>.Failure($"no plan is stored under \"{source}\"");
        if (plan < 1 || plan > stored.Records.Count) return Result<FieldCorrection>.Failure($"\"{source}\" holds {stored.Records.Count} plan(s), not plan {plan}");
        if (string.IsNullOrWhiteSpace(by)) return Result<FieldCorrection>.Failure("say who corrects (a name)");
        var path = FieldPath.Parse(field);
        if (!path.IsSuccess) return Result<FieldCorrection>.Failure(path.Error!);
        var record = stored.Records[plan - 1];
        var tried = CorrectableFields.Write(record, path.Value, value);
        if (!tried.IsSuccess) return Result<FieldCorrection>.Failure(tried.Error!);

        // The value the parser read stays the original through later corrections of the same field.
        var earlier = record.Corrections.LastOrDefault(c => c.Field == path.Value.ToString());
        var original = earlier is null ? CorrectableFields.Read(record, path.Value) : earlier.Original;
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return new FieldCorrection(plan, path.Value.ToString(), text, original, by.Trim(), at);
    }
}
