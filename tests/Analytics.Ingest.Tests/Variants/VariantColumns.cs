using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>Chooses a variant's columns: which fields get one (a field may be dropped, an unknown column
/// added, the criterion split into code and name, or moved into heading rows), their order and header words,
/// and a merged header over two of them.</summary>
public sealed record VariantColumns(IReadOnlyList<VariantColumn> Columns, VariantField? Removed, int Extra, bool CriteriaAsHeadings, List<string> Notes)
{
    private static readonly VariantField[] Removable = [VariantField.Target, VariantField.Lead, VariantField.Timeline, VariantField.Budget, VariantField.Funding];

    public bool Has(VariantField field) => Columns.Any(c => c.Field == field);

    public bool BareMoney => Columns.Any(c => c.Field == VariantField.Budget && c.Label.Contains("(đồng)", StringComparison.Ordinal));

    /// <summary>The fields of a prose plan's blocks: a criterion heading over labelled lines, one line per field.</summary>
    public static VariantColumns ChooseProse(PlanRecord plan, Random random)
    {
        var notes = new List<string> { "prose blocks under criterion headings" };
        var fields = PresentFields(plan, random, []).Where(f => f is not (VariantField.Number or VariantField.Criterion or VariantField.CriterionCode or VariantField.CriterionName)).ToList();
        var removable = Removable.Where(fields.Contains).ToList();
        VariantField? removed = null;
        if (removable.Count > 0 && random.NextDouble() < 0.35)
        {
            removed = removable[random.Next(removable.Count)];
            fields.Remove(removed.Value);
            notes.Add($"no {removed} line");
        }
        if (random.NextDouble() < 0.4)
        {
            fields = [.. fields.Take(2), .. fields.Skip(2).OrderBy(_ => random.Next())];
            notes.Add("field lines after the work in another order");
        }
        var columns = fields.Select(f => new VariantColumn(f, Pick(HeaderWordings.LabelOf(f), random))).ToList();
        return new VariantColumns(columns, removed, -1, true, notes);
    }

    public static VariantColumns Choose(PlanRecord plan, Random random)
    {
        var notes = new List<string>();
        var fields = PresentFields(plan, random, notes);
        VariantField? removed = null;
        var removable = Removable.Where(fields.Contains).ToList();
        if (removable.Count > 0 && random.NextDouble() < 0.35)
        {
            removed = removable[random.Next(removable.Count)];
            fields.Remove(removed.Value);
            notes.Add($"no {removed} column");
        }
        var extra = -1;
        if (random.NextDouble() < 0.5)
        {
            extra = random.Next(HeaderWordings.Extras.Count);
            fields.Add(VariantField.Extra);
            notes.Add($"extra column \"{HeaderWordings.Extras[extra].Header}\"");
        }
        var columns = Label(Order(fields, random, notes), extra, random, notes);
        return new VariantColumns(columns, removed, extra, !fields.Contains(VariantField.Criterion) && !fields.Contains(VariantField.CriterionCode), notes);
    }

    private static List<VariantField> PresentFields(PlanRecord plan, Random random, List<string> notes)
    {
        var fields = new List<VariantField>();
        if (random.NextDouble() < 0.6) fields.Add(VariantField.Number);
        var criterion = random.NextDouble();
        if (criterion < 0.12 && plan.Items.All(i => i.CriterionName is not null))
        {
            fields.AddRange([VariantField.CriterionCode, VariantField.CriterionName]);
            notes.Add("criterion code and name in two columns");
        }
        else if (criterion < 0.24) notes.Add("criteria as full-width heading rows, no criterion column");
        else fields.Add(VariantField.Criterion);
        if (plan.Items.Any(i => i.Target is not null)) fields.Add(VariantField.Target);
        fields.Add(VariantField.Actions);
        if (plan.Items.Any(i => i.Lead is not null)) fields.Add(VariantField.Lead);
        if (plan.Items.Any(i => i.Timeline is not null)) fields.Add(VariantField.Timeline);
        fields.Add(VariantField.Budget);
        if (plan.Items.Any(i => i.Funding is not null)) fields.Add(VariantField.Funding);
        return fields;
    }

    /// <summary>The usual order, or the fields after the number shuffled; the two fields of a merged header stay side by side.</summary>
    private static List<VariantField> Order(List<VariantField> fields, Random random, List<string> notes)
    {
        if (random.NextDouble() >= 0.5) return fields;
        notes.Add("columns shuffled");
        var head = fields.Where(f => f is VariantField.Number).ToList();
        var rest = fields.Where(f => f is not VariantField.Number).OrderBy(_ => random.Next()).ToList();
        return [.. head, .. rest];
    }

    private static List<VariantColumn> Label(List<VariantField> fields, int extra, Random random, List<string> notes)
    {
        var columns = fields.Select(f => new VariantColumn(f, f == VariantField.Extra ? HeaderWordings.Extras[extra].Header : Pick(HeaderWordings.Of(f), random))).ToList();
        var groups = HeaderWordings.Groups.Where(g => fields.Contains(g.Left) && fields.Contains(g.Right)).ToList();
        if (groups.Count == 0 || random.NextDouble() >= 0.3) return columns;
        var (top, left, leftLabel, right, rightLabel) = groups[random.Next(groups.Count)];
        notes.Add($"\"{top}\" merged over two header rows");
        columns.RemoveAll(c => c.Field == right);
        var at = columns.FindIndex(c => c.Field == left);
        columns[at] = new VariantColumn(left, leftLabel, top);
        columns.Insert(at + 1, new VariantColumn(right, rightLabel, top));
        return columns;
    }

    private static string Pick(IReadOnlyList<string> options, Random random) => options[random.Next(options.Count)];
}
