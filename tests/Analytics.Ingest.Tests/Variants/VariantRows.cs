using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>Writes a plan's items as the rows of a variant's table and transforms each expected item the same
/// way: a dropped column's field becomes null, an amount or period keeps its value with the text as written,
/// the criterion's name is the one written (null when only the code is).</summary>
public sealed class VariantRows(VariantColumns columns, Random random)
{
    private readonly bool _mergeCriteria = random.NextDouble() < 0.4;
    private readonly bool _standardRows = random.NextDouble() < 0.3;
    private readonly Func<int, string> _number = FieldForms.Numbering(random);

    public IReadOnlyList<string> Notes =>
        new[] { _mergeCriteria ? "criterion merged over its rows" : null, _standardRows ? "full-width standard rows" : null }.OfType<string>().ToList();

    public (List<VariantRow> Rows, List<PlanItem> Expected) Write(IReadOnlyList<PlanItem> items)
    {
        var rows = new List<VariantRow>();
        var expected = new List<PlanItem>();
        string? previous = null;
        int? standard = null;
        for (var i = 0; i < items.Count; i++)
        {
            var same = items[i].Criterion == previous;
            var item = Transform(items[i], out var criterionText);
            // One merged cell or one heading names the criterion of every row under it.
            if (same && (_mergeCriteria || columns.CriteriaAsHeadings)) item = item with { CriterionName = expected[^1].CriterionName };
            if (_standardRows && item.Standard != standard && item.Standard is not null && !columns.CriteriaAsHeadings)
                rows.Add(new VariantRow([$"Tiêu chuẩn {item.Standard}"], FullWidth: true));
            if (columns.CriteriaAsHeadings && !same) rows.Add(new VariantRow([criterionText], FullWidth: true));
            var continues = same && _mergeCriteria && !columns.CriteriaAsHeadings;
            rows.Add(new VariantRow(columns.Columns.Select(c => Cell(c.Field, item, criterionText, i, continues)).ToList(), ContinuesCriterion: continues));
            expected.Add(item);
            previous = items[i].Criterion;
            standard = item.Standard;
        }
        return (rows, expected);
    }

    private PlanItem Transform(PlanItem item, out string criterionText)
    {
        var split = columns.Has(VariantField.CriterionCode);
        var (text, name) = split ? (item.Criterion!, item.CriterionName) : FieldForms.Criterion(item.Criterion!, item.CriterionName, random);
        // A heading across the table names its criterion in words ("Tiêu chí 3.2: …"), never by a bare code or name.
        if (columns.CriteriaAsHeadings && !text.StartsWith("Tiêu chí", StringComparison.Ordinal))
            text = $"Tiêu chí {item.Criterion}" + (name is null ? "" : $": {name}");
        criterionText = text;
        var removed = columns.Removed;
        return item with
        {
            CriterionName = name,
            Target = removed == VariantField.Target ? null : item.Target,
            Lead = removed == VariantField.Lead ? null : item.Lead,
            Funding = removed == VariantField.Funding ? null : item.Funding,
            Timeline = removed == VariantField.Timeline ? null : Period(item.Timeline),
            Budget = removed == VariantField.Budget ? null : Amount(item.Budget),
        };
    }

    private Timeline? Period(Timeline? timeline)
    {
        if (timeline is not { Start: { } start, End: { } end } || random.NextDouble() >= 0.7) return timeline;
        return timeline with { Text = FieldForms.Period(start, end, random) ?? timeline.Text };
    }

    private Budget? Amount(Budget? budget)
    {
        if (budget is not { Vnd: { } vnd }) return null;
        // The source's own text is kept only when it says its unit: a bare "450" meant millions under its own header.
        if (!columns.BareMoney && budget.Text.Any(char.IsLetter) && random.NextDouble() >= 0.7) return budget;
        return budget with { Text = FieldForms.Money(vnd, random, columns.BareMoney) };
    }

    private string Cell(VariantField field, PlanItem item, string criterionText, int index, bool continues) => field switch
    {
        VariantField.Number => _number(index + 1),
        VariantField.Criterion => continues ? "" : criterionText,
        VariantField.CriterionCode => continues ? "" : item.Criterion!,
        VariantField.CriterionName => continues ? "" : item.CriterionName ?? "",
        VariantField.Target => item.Target ?? "",
        VariantField.Actions => item.Actions ?? "",
        VariantField.Lead => item.Lead ?? "",
        VariantField.Timeline => item.Timeline?.Text ?? "",
        VariantField.Budget => item.Budget?.Text ?? FieldForms.NoAmount(null, random, columns.BareMoney),
        VariantField.Funding => item.Funding ?? "",
        _ => HeaderWordings.Extras[columns.Extra].Cells[index % 4],
    };
}
