using System.Globalization;
using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>How round 11's structures write an item's fields, and the expected item transformed alike (never read
/// from the parser): a budget broken down by label in its cell, the funding as the names of marked source columns,
/// and an item's fields as the words of a sentence.</summary>
public static class RoundElevenForms
{
    private static readonly string[] PartLabels = ["Vật tư", "Nhân công", "Mua sắm", "Lắp đặt", "Sửa chữa", "NS", "XHH", "Ngân sách"];

    public static IReadOnlyList<IReadOnlyList<string>> SourceColumns { get; } =
        [["NSNN", "XHH", "Khác"], ["Ngân sách", "Xã hội hóa", "Nguồn khác"], ["NS", "XHH", "Khác"]];

    private static readonly string[] AmountLeads = ["", "khoảng ", "dự kiến "];

    public static (PlanItem Item, string CriterionText) Written((PlanItem Item, string CriterionText) written, VariantStructure structure, Random random)
    {
        var item = written.Item;
        return structure switch
        {
            VariantStructure.BudgetBreakdown => (item with { Budget = Breakdown(item.Budget, random) }, written.CriterionText),
            VariantStructure.UnlabelledSentences => (AsSentences(item, random), written.CriterionText),
            _ => written,
        };
    }

    /// <summary>The source sub-headers a variant's marked columns use (seeded by its id).</summary>
    public static IReadOnlyList<string> SourcesOf(string id) => SourceColumns[(int)(VariantSplit.Hash(id + "|sources") % (uint)SourceColumns.Count)];

    /// <summary>The names of the source columns ticked for a funding text: one source, or two for a text naming two.</summary>
    public static string? MarkedFunding(string? funding, IReadOnlyList<string> names, int row)
    {
        if (funding is null) return null;
        var two = funding.Contains(';') || funding.Contains('+') || funding.Contains(" và ", StringComparison.Ordinal);
        return two ? $"{names[row % 2]}; {names[row % 2 + 1]}" : names[row % names.Count];
    }

    private static Budget? Breakdown(Budget? budget, Random random)
    {
        if (budget is not { Vnd: { } vnd } || vnd < 2_000_000) return budget;
        var first = Math.Max(1_000_000, (long)Math.Round(vnd * 0.6 / 1_000_000) * 1_000_000);
        if (first >= vnd) return budget;
        var labels = PartLabels.OrderBy(_ => random.Next()).Take(2).ToList();
        string M(long v) => FieldForms.Money(v, random, false);
        var text = random.Next(3) switch
        {
            0 => $"- {labels[0]}: {M(first)}\n- {labels[1]}: {M(vnd - first)}\nCộng: {M(vnd)}",
            1 => $"{labels[0]}: {M(first)}; {labels[1]}: {M(vnd - first)}",
            _ => $"{labels[0]}: {M(first)}\n{labels[1]}: {M(vnd - first)}\nTổng cộng: {M(vnd)}",
        };
        return new Budget(text, vnd);
    }

    /// <summary>The item as its sentences write it: the aim after "Mục tiêu là" (lower-cased as running text),
    /// lead, source and time in the words a sentence uses, the amount in words a sentence takes.</summary>
    private static PlanItem AsSentences(PlanItem item, Random random)
    {
        var timeline = item.Timeline is { Start: { } s, End: { } e }
            ? new Timeline(s == e ? $"tháng {Month(s)}" : $"từ tháng {Month(s)} đến tháng {Month(e)}", s, e)
            : null;
        var budget = item.Budget is { Vnd: { } vnd } ? new Budget(AmountLeads[random.Next(AmountLeads.Length)] + SentenceAmount(vnd), vnd) : null;
        return item with
        {
            Target = Sentence(LowerFirst(item.Target!)),
            Actions = Sentence(item.Actions!),
            Lead = item.Lead is { } lead ? UpperFirst(Clause(lead)) : null,
            Timeline = timeline,
            Budget = budget,
            Funding = budget is not null && item.Funding is { } funding ? Clause(funding) : null,
        };
    }

    private static string Month(string month) =>
        $"{int.Parse(month[5..], CultureInfo.InvariantCulture)}/{month[..4]}";

    private static string SentenceAmount(long vnd) =>
        vnd % 1_000_000 == 0 && vnd < 1_000_000_000 ? $"{vnd / 1_000_000} triệu đồng"
        : vnd.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.') + " đồng";

    /// <summary>Words that fit inside one clause of a sentence: list separators become "và", stops and brackets go.</summary>
    private static string Clause(string text) =>
        string.Join(' ', text.Replace("\n", " ").Replace(";", " và").Replace(",", " và").Replace(".", " ").Replace("(", " ").Replace(")", " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Sentence(string text)
    {
        var one = string.Join(' ', text.Replace("\n", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd(';', ',', ':');
        return one.EndsWith('.') ? one : one + ".";
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLower(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..] : text;

    private static string UpperFirst(string text) =>
        text.Length > 0 ? char.ToUpper(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..] : text;
}
