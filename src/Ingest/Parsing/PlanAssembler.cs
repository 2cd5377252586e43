using Analytics.Ingest.Model;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Builds one plan record from the blocks of one plan: metadata, assessments, items (tables
/// first, prose when no table names a criterion), weaknesses and gaps.</summary>
internal static class PlanAssembler
{
    private const int HeaderZone = 20;
    private const int MaxStandardHeading = 160;

    /// <summary>A plan and the weak fallback for its district (the place of its date line), which applies
    /// only when no plan of the same school in the file names the district.</summary>
    public sealed record Assembled(PlanRecord Record, string? PlaceDistrict);

    public static Result<Assembled> Assemble(IReadOnlyList<Block> blocks, string source)
    {
        var warnings = new WarningSink();
        var texts = blocks.OfType<TextBlock>().ToList();
        // DOCX letterheads put the office, number and date in a borderless table; their cells count as text.
        var layoutCells = blocks.OfType<TableBlock>().Where(t => t.Rows.Count <= 3 && t.ColumnCount <= 3)
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Text.Split('\n')))
            .Where(t => t.Trim().Length > 0)
            .Select(t => new TextBlock(TextKind.Paragraph, t.Trim(), new Provenance(source, null, 0)))
            .ToList();
        var head = layoutCells.Take(HeaderZone).Concat(texts.Take(HeaderZone)).ToList();

        var title = TitleReader.Read(blocks);
        var number = head.Select(t => DocumentNumberReader.Read(t.Text)).FirstOrDefault(r => r.Found);
        var date = head.Select(t => IssueDateReader.Read(t.Text)).FirstOrDefault(d => d is not null);
        var (periodStart, periodEnd) = title is null ? (null, null) : (title.PeriodStart, title.PeriodEnd);
        if (periodStart is null) (periodStart, periodEnd) = PeriodFromBody(texts);

        var school = SchoolNameReader.Read(blocks);
        var allText = layoutCells.Concat(texts).Select(t => t.Text).ToList();
        var level = Normalizers.Level(school ?? "") ?? (title is null ? null : Normalizers.Level(title.Text));
        var regulation = RegulationReader.Read(allText, level);
        level ??= RegulationReader.LevelOf(regulation);
        if (school is null) warnings.Add("school.name", "no \"Trường …\" name found");

        var assessments = new List<Assessment>();
        var assessmentNotesAreWeaknesses = false;
        var raws = new List<RawItem>();
        int? standard = null;
        TableLayout? previousItemLayout = null;
        foreach (var block in blocks)
        {
            if (block is TextBlock heading)
            {
                // "Tiêu chuẩn 3: Cơ sở vật chất …" as a heading above its own plan table sets the standard.
                if (heading.Text.Length <= MaxStandardHeading && CriterionReferences.Parse(heading.Text) is { IsStandardOnly: true } named)
                    standard = named.Standard;
                continue;
            }
            if (block is not TableBlock written) continue;
            var table = TransposedTables.Upright(written);
            var layout = TableLayout.Of(table);
            if (AssessmentTableReader.IsAssessmentTable(table, layout))
            {
                assessments.AddRange(AssessmentTableReader.Read(table, layout, warnings));
                assessmentNotesAreWeaknesses |= layout.Labels.Any(l => AssessmentColumns.IsNoteLabel(l) && IsWeaknessLabel(l));
            }
            else if (ItemTableReader.IsItemTable(layout) && !KeyValueTables.IsKeyValue(table))
            {
                if (layout.RolesGuessed) warnings.Add("items", "a table without a recognisable header was read by its content", table.Provenance);
                // A table repeating the previous one's columns continues it on the next page.
                var continuing = previousItemLayout is not null && previousItemLayout.Roles.SequenceEqual(layout.Roles) && raws.Count > 0 ? raws[^1] : null;
                raws.AddRange(ItemTableReader.Read(table, layout, level, ref standard, continuing, warnings));
                previousItemLayout = layout;
            }
        }
        if (!raws.Any(r => r.Reference is not null)) raws.AddRange(ProseItemReader.Read(InlineFields.Expand(KeyValueTables.ForItems(blocks)), level, warnings));
        CriterionResolver.ResolveAll(raws, level, warnings);
        // A self-assessment report states each criterion's result in its section ("Tự đánh giá: Đạt Mức 1").
        if (assessments.Count == 0)
            assessments.AddRange(raws.Where(r => r.SelfAssessmentResult is not null && r.Reference?.Code is not null)
                .Select(r => new Assessment(r.Reference!.Code!, AssessmentColumns.ResultName(r.SelfAssessmentResult!.Value), null)));

        var context = new ItemBuilder.Context(level, periodStart, periodEnd, warnings, date?.Iso is { Length: >= 7 } iso ? iso[..7] : null);
        var items = raws.Select(r => ItemBuilder.Build(r, context)).ToList();

        if (items.Count == 0 && assessments.Count == 0 && !LooksLikeImprovementPlan(title))
            return Result<Assembled>.Failure($"not a plan: {source} has no improvement items, self-assessment or plan title");
        if (items.Count == 0) warnings.Add("items", "no improvement items found");
        if (title is null) warnings.Add("document.title", "no \"KẾ HOẠCH\" title found");
        if (date is null) warnings.Add("document.date", "no issue date (\"…, ngày … tháng … năm …\") found");

        var notes = assessments.Select(a => a.Note).OfType<string>().ToList();
        // A "Điểm yếu" column of the plan table states the weaknesses the rows answer; with it, item targets
        // are work to do, not statements of status.
        var columnWeaknesses = raws.SelectMany(r => r.Pieces(ColumnRole.Weakness)).Select(OneLine).Where(w => w.Length > 0).Distinct().ToList();
        var statusTexts = columnWeaknesses.Count > 0 ? [] : items.Select(i => i.Target).OfType<string>();
        var weaknesses = WeaknessReader.Read(KeyValueTables.ForWeaknesses(blocks), statusTexts.Concat(assessmentNotesAreWeaknesses ? [] : notes));
        if (assessmentNotesAreWeaknesses) weaknesses = [.. weaknesses, .. notes.Where(n => !weaknesses.Contains(n))];
        weaknesses = [.. weaknesses, .. columnWeaknesses.Where(w => !weaknesses.Any(k => Folded.Of(k) == Folded.Of(w)))];
        var gaps = items.SelectMany(i => i.Gaps).Concat(weaknesses.SelectMany(Normalizers.Gaps)).Distinct(StringComparer.Ordinal).ToList();

        var place = Normalizers.Place(string.Join('\n', allText));
        var province = place?.Province;
        var district = PlaceReader.District(allText, name => Normalizers.CanonicalProvince(name) is not null) ?? place?.District;
        // The date line's place stands in for a district only while districts existed: from 1 July 2025 (Nghị quyết
        // 202/2025/QH15) the place a plan is signed in is a commune or a ward.
        var placeDistrict = PlaceReader.District(allText.Where(t => !t.Contains("ngày", StringComparison.Ordinal) || t.Length > 80), name => Normalizers.CanonicalProvince(name) is not null,
            IsAfterDistrictsAbolished(date?.Iso) ? null : date?.Place);
        return new Assembled(new PlanRecord
        {
            Source = source,
            School = new SchoolInfo
            {
                Name = school,
                Level = level,
                Province = province,
                District = district,
                ProvinceCurrent = Normalizers.CurrentProvince(province),
            },
            Document = new DocumentInfo
            {
                Number = number.Number,
                Date = date?.Iso,
                Title = title?.Text,
                PeriodStart = periodStart,
                PeriodEnd = periodEnd,
            },
            Regulation = regulation,
            Assessments = assessments,
            Items = items,
            Weaknesses = weaknesses,
            Gaps = gaps,
            Warnings = warnings.All,
        }, placeDistrict);
    }

    private const string DistrictsAbolished = "2025-07-01";

    private static bool IsAfterDistrictsAbolished(string? isoDate) =>
        isoDate is { Length: 10 } && string.CompareOrdinal(isoDate, DistrictsAbolished) >= 0;

    private static string OneLine(string cell) =>
        string.Join(' ', cell.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static bool IsWeaknessLabel(string label) => PlanVocabulary.NamesWeakness(label);

    private static bool LooksLikeImprovementPlan(TitleReader.Title? title)
    {
        if (title is null) return false;
        var folded = Folded.Of(title.Text);
        return folded.Contains("cai tien", StringComparison.Ordinal) || folded.Contains("kiem dinh", StringComparison.Ordinal);
    }

    private static (int?, int?) PeriodFromBody(IEnumerable<TextBlock> texts)
    {
        foreach (var text in texts.Take(40))
        {
            var folded = Folded.Of(text.Text);
            var at = folded.IndexOf("nam hoc", StringComparison.Ordinal);
            if (at < 0) continue;
            var (from, to) = TitleReader.Period(folded.Substring(at, Math.Min(24, folded.Length - at)));
            if (from is not null) return (from, to);
        }
        return (null, null);
    }
}
