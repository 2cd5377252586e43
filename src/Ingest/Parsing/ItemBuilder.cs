using Analytics.Ingest.Normalization;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Parsing;

/// <summary>Turns a raw item into a <see cref="PlanItem"/>: criterion name from the text or the catalogue,
/// budget and timeline through the normalisers, funding from its column, else what the budget cell says
/// besides the amount, else the "điều kiện hỗ trợ" column. Doubts become warnings.</summary>
internal static partial class ItemBuilder
{
    private static readonly HashSet<string> NothingWords = ["khong", "khong co", "-", "--", "x", "0", "nil"];

    /// <param name="IssuedMonth">The month of the document's date ("YYYY-MM"), where "từ nay" ("from now") starts.</param>
    public sealed record Context(string? Level, int? PeriodStart, int? PeriodEnd, WarningSink Warnings, string? IssuedMonth = null);

    public static PlanItem Build(RawItem raw, Context context)
    {
        var code = raw.Reference?.Code;
        var label = code ?? (raw.RowNumber is { } n ? $"row {n}" : "item");
        CheckCriterion(raw, code, label, context);
        var budget = BudgetOf(raw, label, context);
        OcrDoubts.Warn(raw, label, context.Warnings);
        var target = raw.Text(ColumnRole.Target);
        var actions = raw.Text(ColumnRole.Actions);
        return new PlanItem
        {
            Standard = raw.Standard,
            Criterion = code,
            // The record keeps the name as the plan writes it.
            CriterionName = raw.CriterionName,
            RelatedCriteria = raw.Reference?.Related ?? [],
            Target = target,
            Actions = actions,
            Lead = Lines(raw.Text(ColumnRole.Lead)),
            Timeline = Timeline(raw.Text(ColumnRole.Timeline), label, raw, context),
            Budget = budget.Budget,
            Funding = Funding(raw, budget.Funding),
            Gaps = ItemGapPolicy.Classify(target, actions),
            Confidence = OcrDoubts.Lowest(raw),
        };
    }

    private static void CheckCriterion(RawItem raw, string? code, string label, Context context)
    {
        if (code is not null && !Normalizers.IsKnownCriterion(context.Level, code))
            context.Warnings.Add("items.criterion", $"{code} is not a criterion of the {context.Level ?? "unknown"} standards", raw.Provenance);
        if (!raw.HasContent) context.Warnings.Add("items", $"{label}: the row names the criterion but gives no action, time or budget", raw.Provenance);
    }

    private static Normalizers.BudgetResult BudgetOf(RawItem raw, string label, Context context)
    {
        var budgetText = JoinBrokenNumbers(raw.Text(ColumnRole.Budget));
        var budget = raw.AmountInParts ? BudgetInParts(raw) : Normalizers.Budget(budgetText, raw.BudgetHeader);
        // The budget's text is the cell as written ("Dự toán 250.000.000") when nothing else shares the cell.
        if (budget.Budget is { } b && budgetText is not null)
        {
            var line = budgetText.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(b.Text, StringComparison.Ordinal));
            if (line is { Length: <= 60 } && Normalizers.Budget(line, raw.BudgetHeader).Funding is null)
                budget = budget with { Budget = b with { Text = line } };
        }
        foreach (var w in budget.Warnings) context.Warnings.Add("items.budget", $"{label}: {w}", raw.Provenance);
        if (budget.Budget is null && HasDigits(budgetText) && !StatedZero().IsMatch(budgetText!))
            context.Warnings.Add("items.budget", $"{label}: no amount understood in \"{budgetText}\"", raw.Provenance);
        return budget;
    }

    /// <summary>A budget written in parts, one amount per column ("150.000.000 | 80.000.000" under "Ngân sách |
    /// Xã hội hóa"): each part read on its own and the parts added, so two equal parts are not read as a total
    /// followed by its part; the text is the parts joined with "; ".</summary>
    private static Normalizers.BudgetResult BudgetInParts(RawItem raw)
    {
        var parts = raw.Pieces(ColumnRole.Budget).Select(p => (Text: p, Parse: Normalizers.Budget(JoinBrokenNumbers(p), raw.BudgetHeader))).ToList();
        var amounts = parts.Where(p => p.Parse.Budget?.Vnd is not null).ToList();
        if (amounts.Count <= 1) return Normalizers.Budget(JoinBrokenNumbers(raw.Text(ColumnRole.Budget)), raw.BudgetHeader);
        var text = string.Join("; ", amounts.Select(p => p.Parse.Budget!.Text));
        var total = amounts.Sum(p => p.Parse.Budget!.Vnd!.Value);
        return new Normalizers.BudgetResult(new Budget(text, total), null, [.. parts.SelectMany(p => p.Parse.Warnings)]);
    }

    private static Timeline? Timeline(string? text, string label, RawItem raw, Context context)
    {
        var lines = UnwrapTimeLines(TextJoin.DistinctLines(text));
        if (lines.Count == 0) return null;
        // One phrase per line (sub-actions); the timeline parser spans them from earliest start to latest end.
        var joined = string.Join("; ", lines);
        if (raw.ChartSpan is { } span) return new Timeline(joined, span.Start, span.End);
        var (timeline, warnings) = Normalizers.Timeline(joined, context.PeriodStart, context.PeriodEnd, context.IssuedMonth);
        foreach (var w in warnings) context.Warnings.Add("items.timeline", $"{label}: {w}", raw.Provenance);
        if (timeline is not null && Implausible(timeline, context))
        {
            context.Warnings.Add("items.timeline", $"{label}: \"{joined}\" lies far outside the plan's period {context.PeriodStart}-{context.PeriodEnd} (a typo?); months not given", raw.Provenance);
            return new Timeline(timeline.Text, null, null);
        }
        if (timeline?.Start is null && timeline?.End is null && !IsRecurring(joined))
            context.Warnings.Add("items.timeline", $"{label}: no time understood in \"{joined}\"", raw.Provenance);
        return timeline ?? new Timeline(joined, null, null);
    }

    /// <summary>A narrow timeline cell wraps one phrase over lines ("Hè" / "2025", "HKI năm" / "học 2025-2026"):
    /// a line starting in lower case, or a number after a line without one, continues the line above.</summary>
    private static List<string> UnwrapTimeLines(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            var continues = result.Count > 0 && line.Length > 0
                && (char.IsLower(line[0]) || (char.IsDigit(line[0]) && !result[^1].Any(char.IsDigit)))
                && !result[^1].TrimEnd().EndsWith(';') && !result[^1].TrimEnd().EndsWith('.');
            if (continues) result[^1] = $"{result[^1].TrimEnd()} {line.Trim()}";
            else result.Add(line);
        }
        return result;
    }

    /// <summary>A span starting years before the plan was written ("2013-2024" in a 2023-2024 plan).</summary>
    private static bool Implausible(Timeline timeline, Context context)
    {
        if (context.PeriodStart is not { } from) return false;
        var to = context.PeriodEnd ?? from;
        static int? Year(string? month) => month is { Length: >= 4 } && int.TryParse(month[..4], out var y) ? y : null;
        return Year(timeline.Start) is { } start && start < from - 4 || Year(timeline.End) is { } end && end > to + 5;
    }

    private static bool IsRecurring(string text)
    {
        var folded = Folded.Of(text);
        return folded.Contains("thuong xuyen", StringComparison.Ordinal) || folded.Contains("hang", StringComparison.Ordinal) || folded.Contains("dinh ky", StringComparison.Ordinal);
    }

    private static string? Funding(RawItem raw, string? budgetRemainder)
    {
        var explicitFunding = Lines(raw.Text(ColumnRole.Funding));
        if (explicitFunding is not null) return explicitFunding;
        if (Meaningful(budgetRemainder)) return budgetRemainder!.Trim();
        // A "Điều kiện thực hiện / hỗ trợ" column often names the source ("Tự túc", "Chính quyền địa phương và
        // PHHS"), but beside a column of its own for the source it holds preconditions ("Có phòng Tin học").
        if (raw.HasFundingColumn) return null;
        var support = Lines(raw.Text(ColumnRole.Support));
        return Meaningful(support) ? support : null;
    }

    /// <summary>"Không", "Không phát sinh kinh phí", "Lồng ghép": statements that nothing is spent, not a source.</summary>
    private static bool Meaningful(string? text) =>
        !string.IsNullOrWhiteSpace(text) && Folded.Of(text).TrimEnd('.') is var key
        && !NothingWords.Contains(key) && !Normalization.MoneyParser.StatesNoSource(text);


    /// <summary>"0", "0đ", "0 đồng", "0 VNĐ": an amount of nothing, understood as no budget.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*0+\s*(?:đ|đồng|vnđ|vnd|d)?\s*\.?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StatedZero();

    /// <summary>PDF text extraction breaks dotted amounts with spaces ("150.00 0.000 đ", "3.000. 000 đồng",
    /// "780.000 .000 đồng");
    /// spaces are closed only next to a dot, so "230 450" stays two numbers.</summary>
    private static string? JoinBrokenNumbers(string? text) =>
        text is null ? null : BrokenNumber().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d\.)\s+(?=\d)|(?<=\.\d{1,2})\s+(?=\d)|(?<=\d)\s+(?=\.\d{3}(?!\d))")]
    private static partial System.Text.RegularExpressions.Regex BrokenNumber();

    private static bool HasDigits(string? text) => text is not null && text.Any(char.IsDigit);

    private static string? Lines(string? text)
    {
        var lines = TextJoin.DistinctLines(text).Select(l => l.TrimEnd('.', ',', ';').Trim()).Where(l => l.Length > 0).Distinct().ToList();
        return lines.Count == 0 ? null : string.Join("; ", lines);
    }
}
