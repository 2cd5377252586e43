using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Variants;

/// <summary>The words and field forms of the structural variants: how a form labels its criterion line, how a
/// level column writes a result, and each item's criterion, amount and period as written (the expected item
/// transformed with them).</summary>
public static class StructureForms
{
    public static IReadOnlyList<string> CriterionLabels { get; } =
        ["Tiêu chí cần cải tiến", "Tiêu chí", "Tiêu chí cần cải tiến (ghi số hiệu)", "Tiêu chí đánh giá", "Tiêu chí được cải tiến"];

    public static IReadOnlyList<string> LevelHeaders { get; } = ["Mức đạt hiện tại", "Kết quả tự đánh giá", "Mức đạt được", "Mức hiện tại", "Kết quả đánh giá"];

    public static IReadOnlyList<string> BudgetTitles { get; } = ["DỰ TOÁN KINH PHÍ", "Dự toán kinh phí thực hiện", "III. KINH PHÍ THỰC HIỆN", "Bảng dự trù kinh phí"];

    public static IReadOnlyList<string> FormHeadings { get; } = ["PHIẾU SỐ {0}", "Nội dung cải tiến {0}", "Nội dung {0}", "Cải tiến thứ {0}"];

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>A level as a text result column writes it; the form turns with the row so one table mixes them.</summary>
    public static string LevelText(string result, int row)
    {
        if (result == "khong-dat") return row % 2 == 0 ? "Chưa đạt" : "Không đạt";
        var level = int.Parse(result[^1..], System.Globalization.CultureInfo.InvariantCulture);
        return (row % 5) switch
        {
            0 => $"Mức {level}",
            1 => $"Đạt mức {level}",
            2 => $"M{level}",
            3 => $"Mức {Roman[level - 1]}",
            _ => $"Đạt Mức {level}",
        };
    }

    public static (PlanItem Item, string CriterionText) Transform(PlanItem item, VariantStructure structure, Random random)
    {
        var (text, name) = Criterion(item.Criterion!, item.CriterionName, structure, random);
        var timeline = item.Timeline is { Start: { } start, End: { } end } t && random.NextDouble() < 0.5
            ? t with { Text = FieldForms.Period(start, end, random) ?? t.Text } : item.Timeline;
        // A bare amount ("450" under a "(triệu đồng)" header of the source) says its unit only there: written anew.
        var budget = item.Budget is { Vnd: { } vnd } b && (random.NextDouble() < 0.5 || !b.Text.Any(char.IsLetter)) ? b with { Text = FieldForms.Money(vnd, random, false) } : item.Budget;
        if (budget is { Vnd: null }) budget = null;
        return (item with { CriterionName = name, Timeline = timeline, Budget = budget }, text);
    }

    private static (string Text, string? Name) Criterion(string code, string? name, VariantStructure structure, Random random)
    {
        var parts = code.Split('.');
        if (structure == VariantStructure.Hierarchical)
            return name is null || random.Next(4) == 0 ? ($"Tiêu chí {code}", null) : (random.Next(2) == 0 ? $"Tiêu chí {code}: {name}" : $"Tiêu chí {code}. {name}", name);
        return random.Next(4) switch
        {
            0 => ($"TC {parts[0]} - tiêu chí {parts[1]}", null),
            1 => ($"Tiêu chuẩn {parts[0]}, tiêu chí {parts[1]}", null),
            _ => FieldForms.Criterion(code, name, random),
        };
    }
}
