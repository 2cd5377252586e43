using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>Makes layout variants of a plan whose record was written by hand: the same items in another table
/// (see <see cref="VariantColumns"/> and <see cref="VariantRows"/>), with the expected record transformed alike.
/// Only single plans whose items all name a criterion are varied (a standard-only row has no criterion cell).</summary>
public static class VariantGenerator
{
    public static bool CanVary(PlanRecord plan) => plan.Items.Count >= 2 && plan.Items.All(i => i.Criterion is not null);

    public static VariantDocument Make(string source, int index, PlanRecord plan) => Make($"{source}#{index}", plan, prose: false);

    /// <summary>The plan written as prose blocks: a criterion heading over one labelled line per field.</summary>
    public static VariantDocument MakeProse(string source, int index, PlanRecord plan) => Make($"{source}#p{index}", plan, prose: true);

    private static VariantDocument Make(string id, PlanRecord plan, bool prose)
    {
        var random = new Random((int)VariantSplit.Hash(id));
        var columns = prose ? VariantColumns.ChooseProse(plan, random) : VariantColumns.Choose(plan, random);
        var writer = new VariantRows(columns, random);
        var (rows, items) = writer.Write(plan.Items);
        var expected = plan with
        {
            Items = items,
            Weaknesses = [],
            Assessments = [],
            Gaps = [.. items.SelectMany(i => i.Gaps).Distinct()],
        };
        var recipe = string.Join("; ", columns.Notes.Concat(writer.Notes).DefaultIfEmpty("usual columns"));
        return new VariantDocument(id, VariantSplit.IsHeldOut(id), expected, VariantHead.Head(plan), new VariantTable(columns.Columns, rows), VariantHead.Foot, recipe) { Prose = prose };
    }
}
