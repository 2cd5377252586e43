using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>Makes structural variants of a plan whose record was written by hand: the same items arranged in one
/// of the <see cref="VariantStructure"/> layouts, with the expected record transformed alike (the criterion name as
/// written, an amount or period with its text as written, a level column's result as an assessment).</summary>
public static class StructuralVariants
{
    public const int PerPlan = 3;

    public const int RoundElevenPerPlan = 2;

    private static readonly VariantStructure[] SessionTen = [.. Enum.GetValues<VariantStructure>().Where(s => s < VariantStructure.BudgetBreakdown)];

    private static readonly VariantStructure[] RoundEleven = [.. Enum.GetValues<VariantStructure>().Where(s => s >= VariantStructure.BudgetBreakdown)];

    public static VariantDocument Make(string source, int index, PlanRecord plan) =>
        Make($"{source}#s{index}", SessionTen[(int)((VariantSplit.Hash(source) + (uint)index) % (uint)SessionTen.Length)], plan);

    /// <summary>A variant in one of round 11's structures, id "source#uN" (its own seeded choice and held-out split).</summary>
    public static VariantDocument MakeRoundEleven(string source, int index, PlanRecord plan)
    {
        var structure = RoundEleven[(int)((VariantSplit.Hash(source + "|11") + (uint)index) % (uint)RoundEleven.Length)];
        // Sentences need an aim and a work for every item; a plan that lacks them gets its results across the page.
        if (structure == VariantStructure.UnlabelledSentences && plan.Items.Any(i => i.Target is null || i.Actions is null)) structure = VariantStructure.HorizontalResults;
        return Make($"{source}#u{index}", structure, plan);
    }

    private static VariantDocument Make(string id, VariantStructure structure, PlanRecord plan)
    {
        var random = new Random((int)VariantSplit.Hash(id));
        var columns = Columns(plan, structure, random);
        var rows = new List<VariantRow>();
        var items = new List<PlanItem>();
        foreach (var item in plan.Items)
        {
            var (written, criterionText) = RoundElevenForms.Written(StructureForms.Transform(item, structure, random), structure, random);
            if (structure == VariantStructure.MarkedFunding)
                written = written with { Funding = RoundElevenForms.MarkedFunding(written.Funding, RoundElevenForms.SourcesOf(id), items.Count) };
            items.Add(written);
            rows.Add(new VariantRow(columns.Select(c => Cell(c.Field, written, criterionText, rows.Count, plan)).ToList()));
        }
        var expected = plan with
        {
            Items = items,
            Weaknesses = [],
            Assessments = structure is VariantStructure.LevelColumn or VariantStructure.HorizontalResults ? Levels(plan) : [],
            Gaps = [.. items.SelectMany(i => i.Gaps).Distinct()],
        };
        return new VariantDocument(id, VariantSplit.IsHeldOut(id), expected, VariantHead.Head(plan), new VariantTable(columns, rows), VariantHead.Foot, structure.ToString())
        { Structure = structure };
    }

    private static List<VariantColumn> Columns(PlanRecord plan, VariantStructure structure, Random random)
    {
        var fields = new List<VariantField> { VariantField.Number, VariantField.Criterion };
        if (structure == VariantStructure.LevelColumn) fields.Add(VariantField.Level);
        if (plan.Items.Any(i => i.Target is not null)) fields.Add(VariantField.Target);
        fields.Add(VariantField.Actions);
        if (plan.Items.Any(i => i.Lead is not null)) fields.Add(VariantField.Lead);
        if (plan.Items.Any(i => i.Timeline is not null)) fields.Add(VariantField.Timeline);
        fields.Add(VariantField.Budget);
        if (plan.Items.Any(i => i.Funding is not null)) fields.Add(VariantField.Funding);
        var prose = structure is VariantStructure.FieldTables or VariantStructure.DottedForm or VariantStructure.LabelledForm or VariantStructure.QuestionAnswerForm or VariantStructure.CellLines;
        return fields.Select(f => new VariantColumn(f, Pick(Labels(f, prose), random))).ToList();
    }

    private static IReadOnlyList<string> Labels(VariantField field, bool prose) => field switch
    {
        VariantField.Number => HeaderWordings.Of(field),
        VariantField.Criterion => prose ? StructureForms.CriterionLabels : HeaderWordings.Of(field),
        VariantField.Level => StructureForms.LevelHeaders,
        _ => prose ? HeaderWordings.LabelOf(field) : HeaderWordings.Of(field),
    };

    private static string Cell(VariantField field, PlanItem item, string criterionText, int index, PlanRecord plan) => field switch
    {
        VariantField.Number => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        VariantField.Criterion => criterionText,
        VariantField.Level => StructureForms.LevelText(LevelOf(plan, item.Criterion!), index),
        VariantField.Target => item.Target ?? "",
        VariantField.Actions => item.Actions ?? "",
        VariantField.Lead => item.Lead ?? "",
        VariantField.Timeline => item.Timeline?.Text ?? "",
        VariantField.Budget => item.Budget?.Text ?? "Không",
        VariantField.Funding => item.Funding ?? "",
        _ => "",
    };

    /// <summary>The criterion's result in the source's self-assessment, or level 1 (a criterion chosen for
    /// improvement) when the source gives none: the level column states it either way.</summary>
    private static string LevelOf(PlanRecord plan, string criterion) =>
        plan.Assessments.FirstOrDefault(a => a.Criterion == criterion)?.Result ?? "muc-1";

    private static List<Assessment> Levels(PlanRecord plan) =>
        [.. plan.Items.Select(i => i.Criterion!).Distinct().Select(c => new Assessment(c, LevelOf(plan, c), null))];

    private static string Pick(IReadOnlyList<string> options, Random random) => options[random.Next(options.Count)];
}
