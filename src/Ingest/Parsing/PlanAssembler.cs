using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Builds one plan record from the blocks of one plan: its head (metadata), its body (assessments
/// and items), weaknesses, gaps and place.</summary>
internal static class PlanAssembler
{
    /// <summary>A plan and the weak fallback for its district (the place of its date line), which applies
    /// only when no plan of the same school in the file names the district.</summary>
    public sealed record Assembled(PlanRecord Record, string? PlaceDistrict);

    public static Result<Assembled> Assemble(IReadOnlyList<Block> blocks, string source)
    {
        var warnings = new WarningSink();
        var head = PlanHead.Read(blocks, source, warnings);
        var body = PlanBody.Read(blocks, head.Level, warnings);
        var context = new ItemBuilder.Context(head.Level, head.PeriodStart, head.PeriodEnd, warnings, head.Date?.Iso is { Length: >= 7 } iso ? iso[..7] : null);
        var items = body.Raws.Select(r => ItemBuilder.Build(r, context)).ToList();

        if (items.Count == 0 && body.Assessments.Count == 0 && !LooksLikeImprovementPlan(head.Title))
            return Result<Assembled>.Failure($"not a plan: {source} has no improvement items, self-assessment or plan title");
        if (items.Count == 0) warnings.Add("items", "no improvement items found");
        if (head.Title is null) warnings.Add("document.title", "no \"KẾ HOẠCH\" title found");
        if (head.Date is null) warnings.Add("document.date", "no issue date (\"…, ngày … tháng … năm …\") found");

        var weaknesses = PlanWeaknesses.Read(blocks, body, items);
        var gaps = items.SelectMany(i => i.Gaps).Concat(weaknesses.SelectMany(ItemGapPolicy.OfWeakness)).Distinct(StringComparer.Ordinal).ToList();
        var place = PlanPlace.Read(head);
        var record = new PlanRecord
        {
            Source = source,
            School = new SchoolInfo
            {
                Name = head.School,
                Level = head.Level,
                Province = place.Province,
                District = place.District,
                Commune = place.Commune,
                ProvinceCurrent = Normalizers.CurrentProvince(place.Province),
            },
            Document = new DocumentInfo { Number = head.Number, Date = head.Date?.Iso, Title = head.Title?.Text, PeriodStart = head.PeriodStart, PeriodEnd = head.PeriodEnd },
            Regulation = head.Regulation,
            Assessments = body.Assessments,
            Items = items,
            Weaknesses = weaknesses,
            Gaps = gaps,
            Warnings = warnings.All,
        };
        return new Assembled(record, place.DateLineDistrict);
    }

    private static bool LooksLikeImprovementPlan(TitleReader.Title? title)
    {
        if (title is null) return false;
        var folded = Folded.Of(title.Text);
        return folded.Contains("cai tien", StringComparison.Ordinal) || folded.Contains("kiem dinh", StringComparison.Ordinal);
    }
}
