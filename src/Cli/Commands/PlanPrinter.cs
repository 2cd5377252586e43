using Analytics.Ingest.Records;

namespace Analytics.Cli.Commands;

/// <summary>One plan record as readable text for a terminal.</summary>
internal static class PlanPrinter
{
    public static void Print(TextWriter output, PlanRecord plan)
    {
        output.WriteLine($"{plan.Source}  [{plan.Id}]");
        output.WriteLine($"Trường: {plan.School.Name ?? "?"} ({plan.School.Level ?? "?"}), {Join(plan.School.District, plan.School.Province)}");
        output.WriteLine($"Văn bản: {plan.Document.Number ?? "(không số)"}, ngày {plan.Document.Date ?? "?"}, {plan.Document.Title ?? ""}");
        if (plan.Document.PeriodStart is not null) output.WriteLine($"Giai đoạn: {plan.Document.PeriodStart}–{plan.Document.PeriodEnd}");
        if (plan.Regulation is not null) output.WriteLine($"Thông tư: {plan.Regulation}");
        if (plan.Assessments.Count > 0)
        {
            output.WriteLine($"Tự đánh giá ({plan.Assessments.Count} tiêu chí):");
            foreach (var a in plan.Assessments) output.WriteLine($"  {a.Criterion,-6} {a.Result,-10} {a.Note}");
        }
        output.WriteLine($"Nội dung cải tiến ({plan.Items.Count}):");
        foreach (var item in plan.Items)
        {
            output.WriteLine($"  • {item.Criterion ?? item.Standard?.ToString() ?? "-"} {item.CriterionName}");
            Field(output, "Mục tiêu", item.Target);
            Field(output, "Biện pháp", item.Actions);
            Field(output, "Phụ trách", item.Lead);
            if (item.Timeline is { } t) Field(output, "Thời gian", $"{t.Text} ({t.Start ?? "?"} → {t.End ?? "?"})");
            if (item.Budget is { } b) Field(output, "Kinh phí", b.Vnd is { } vnd ? $"{b.Text} = {vnd:N0} đ" : b.Text);
            Field(output, "Nguồn", item.Funding);
        }
        if (plan.Weaknesses.Count > 0)
        {
            output.WriteLine("Hạn chế:");
            foreach (var w in plan.Weaknesses) output.WriteLine($"  - {w}");
        }
        if (plan.Gaps.Count > 0) output.WriteLine($"Thiếu hụt CSVC: {string.Join(", ", plan.Gaps)}");
        foreach (var correction in plan.Corrections) output.WriteLine($"  ✎ {Analytics.Ingest.Review.CorrectionWording.Line(correction)}");
        foreach (var warning in plan.Warnings) output.WriteLine($"  ! {warning.Field}: {warning.Message}");
        output.WriteLine();
    }

    private static void Field(TextWriter output, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var lines = value.Split('\n');
        output.WriteLine($"      {label}: {lines[0]}");
        foreach (var line in lines.Skip(1)) output.WriteLine($"      {new string(' ', label.Length + 2)}{line}");
    }

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
