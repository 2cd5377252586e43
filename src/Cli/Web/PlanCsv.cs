using System.Text;
using Analytics.Ingest.Records;

namespace Analytics.Cli.Web;

/// <summary>One plan as CSV: a row per improvement item with the plan's school columns (RFC 4180 quoting).</summary>
internal static class PlanCsv
{
    private static readonly string[] Header =
        ["source", "school", "level", "province", "district", "standard", "criterion", "criterionName", "target", "actions", "lead", "timeline", "start", "end", "budgetText", "budgetVnd", "funding"];

    public static string Write(PlanRecord plan)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Header).Append("\r\n");
        foreach (var item in plan.Items)
        {
            string?[] cells =
            [
                plan.Source, plan.School.Name, plan.School.Level, plan.School.Province, plan.School.District,
                item.Standard?.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Criterion, item.CriterionName,
                item.Target, item.Actions, item.Lead, item.Timeline?.Text, item.Timeline?.Start, item.Timeline?.End,
                item.Budget?.Text, item.Budget?.Vnd?.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Funding,
            ];
            csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
