using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Turns a raw item into a <see cref="PlanItem"/>: criterion name from the text or the catalogue,
/// budget and timeline through the normalisers, funding from its column, else what the budget cell says
/// besides the amount, else the "điều kiện hỗ trợ" column. Doubts become warnings.</summary>
internal static class ItemBuilder
{
    private static readonly HashSet<string> NothingWords = ["khong", "khong co", "-", "--", "x", "0", "nil"];

    public sealed record Context(string? Level, int? PeriodStart, int? PeriodEnd, WarningSink Warnings);

    public static PlanItem Build(RawItem raw, Context context)
    {
        var code = raw.Reference?.Code;
        var label = code ?? (raw.RowNumber is { } n ? $"row {n}" : "item");
        var name = raw.CriterionName;
        if (code is not null)
        {
            name ??= Normalizers.CriterionName(context.Level, code);
            if (!Normalizers.IsKnownCriterion(context.Level, code))
                context.Warnings.Add("items.criterion", $"{code} is not a criterion of the {context.Level ?? "unknown"} standards", raw.Provenance);
        }
        if (!raw.HasContent) context.Warnings.Add("items", $"{label}: the row names the criterion but gives no action, time or budget", raw.Provenance);

        var budgetText = raw.Text(ColumnRole.Budget);
        var budget = Normalizers.Budget(budgetText, raw.BudgetHeader);
        foreach (var w in budget.Warnings) context.Warnings.Add("items.budget", $"{label}: {w}", raw.Provenance);
        if (budget.Budget is null && HasDigits(budgetText))
            context.Warnings.Add("items.budget", $"{label}: no amount understood in \"{budgetText}\"", raw.Provenance);

        var timeline = Timeline(raw.Text(ColumnRole.Timeline), label, raw, context);
        var target = raw.Text(ColumnRole.Target);
        var actions = raw.Text(ColumnRole.Actions);
        var gapsText = string.Join('\n', new[] { raw.Standard == 3 ? name : null, target, actions }.Where(t => t is not null));
        return new PlanItem
        {
            Standard = raw.Standard,
            Criterion = code,
            CriterionName = name,
            Target = target,
            Actions = actions,
            Lead = Lines(raw.Text(ColumnRole.Lead)),
            Timeline = timeline,
            Budget = budget.Budget,
            Funding = Funding(raw, budget.Funding),
            Gaps = gapsText.Length == 0 ? [] : Normalizers.Gaps(gapsText),
        };
    }

    private static Timeline? Timeline(string? text, string label, RawItem raw, Context context)
    {
        var lines = TextJoin.DistinctLines(text);
        if (lines.Count == 0) return null;
        var parsed = new List<Timeline>();
        foreach (var line in lines)
        {
            var (timeline, warnings) = Normalizers.Timeline(line, context.PeriodStart, context.PeriodEnd);
            foreach (var w in warnings) context.Warnings.Add("items.timeline", $"{label}: {w}", raw.Provenance);
            if (timeline is not null) parsed.Add(timeline);
        }
        var joined = string.Join("; ", lines);
        if (parsed.Count == 0)
        {
            context.Warnings.Add("items.timeline", $"{label}: no time understood in \"{joined}\"", raw.Provenance);
            return new Timeline(joined, null, null);
        }
        if (parsed.Count == 1 && lines.Count == 1) return parsed[0];
        var start = parsed.Select(t => t.Start).Where(s => s is not null).Min(StringComparer.Ordinal);
        var end = parsed.Any(t => t.End is null) ? null : parsed.Select(t => t.End).Max(StringComparer.Ordinal);
        return new Timeline(joined, start, end);
    }

    private static string? Funding(RawItem raw, string? budgetRemainder)
    {
        var explicitFunding = Lines(raw.Text(ColumnRole.Funding));
        if (explicitFunding is not null) return explicitFunding;
        if (Meaningful(budgetRemainder)) return budgetRemainder!.Trim();
        var support = Lines(raw.Text(ColumnRole.Support));
        return Meaningful(support) ? support : null;
    }

    private static bool Meaningful(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !NothingWords.Contains(Folded.Of(text).TrimEnd('.'));

    private static bool HasDigits(string? text) => text is not null && text.Any(char.IsDigit);

    private static string? Lines(string? text)
    {
        var lines = TextJoin.DistinctLines(text).Select(l => l.TrimEnd('.', ',', ';').Trim()).Where(l => l.Length > 0).Distinct().ToList();
        return lines.Count == 0 ? null : string.Join("; ", lines);
    }
}
