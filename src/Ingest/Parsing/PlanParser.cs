using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>The plan parser. Reads only the document model, so every reader (text, DOCX, PDF, OCR) feeds it
/// alike. Splits documents holding several plans, then reads each: metadata, self-assessment, improvement
/// items from tables or prose, weaknesses and facility gaps. Doubts are kept as warnings on the record.</summary>
public sealed class PlanParser : IPlanParser
{
    public Result<IReadOnlyList<PlanRecord>> Parse(SourceDocument document)
    {
        if (document.Blocks.Count == 0)
            return Result<IReadOnlyList<PlanRecord>>.Failure($"not a plan: {document.Source} has no text");
        var assembled = new List<PlanAssembler.Assembled>();
        string? firstFailure = null;
        foreach (var segment in PlanSplitter.Split(document.Blocks))
        {
            var result = PlanAssembler.Assemble(segment, document.Source);
            if (result.IsSuccess) assembled.Add(result.Value);
            else firstFailure ??= result.Error;
        }
        var shared = ShareSchoolFacts(assembled.Select(a => a.Record).ToList());
        var records = shared
            .Select((r, i) => r.School.District is null && assembled[i].PlaceDistrict is { } d ? r with { School = r.School with { District = d } } : r)
            .Select(r => WithDocumentNotes(r, document))
            .ToList();
        return records.Count > 0
            ? Result<IReadOnlyList<PlanRecord>>.Success(records)
            : Result<IReadOnlyList<PlanRecord>>.Failure(firstFailure ?? $"not a plan: {document.Source}");
    }

    /// <summary>Plans of one school pasted into one file: facts only one of them states (district, province,
    /// level) hold for the others of the same school.</summary>
    private static List<PlanRecord> ShareSchoolFacts(List<PlanRecord> records)
    {
        if (records.Count < 2) return records;
        return records.Select(r =>
        {
            var siblings = records.Where(o => !ReferenceEquals(o, r) && o.School.Name is not null && o.School.Name == r.School.Name).ToList();
            if (siblings.Count == 0) return r;
            var school = r.School with
            {
                Level = r.School.Level ?? siblings.Select(s => s.School.Level).FirstOrDefault(v => v is not null),
                Province = r.School.Province ?? siblings.Select(s => s.School.Province).FirstOrDefault(v => v is not null),
                District = r.School.District ?? siblings.Select(s => s.School.District).FirstOrDefault(v => v is not null),
                Commune = r.School.Commune ?? siblings.Select(s => s.School.Commune).FirstOrDefault(v => v is not null),
                ProvinceCurrent = r.School.ProvinceCurrent ?? siblings.Select(s => s.School.ProvinceCurrent).FirstOrDefault(v => v is not null),
            };
            return r with { School = school };
        }).ToList();
    }

    /// <summary>What the reader noticed and what text repair changed travel with every record of the document,
    /// so a plan restored from unaccented or OCR-damaged text says so where analysts read it.</summary>
    private static PlanRecord WithDocumentNotes(PlanRecord record, SourceDocument document) => record with
    {
        Warnings = document.Warnings.Count == 0 ? record.Warnings : [.. document.Warnings.Select(w => new RecordWarning("source", w)), .. record.Warnings],
        Repairs = document.Repairs,
    };
}
