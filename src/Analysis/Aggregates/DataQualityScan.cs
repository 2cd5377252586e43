using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Ingest.Records;

namespace Analytics.Analysis.Aggregates;

/// <summary>Finds values an analyst should check before trusting the figures: budgets written but not
/// understood, year ranges no plan can have, low-confidence OCR, and the warnings ingest recorded.</summary>
internal static partial class DataQualityScan
{
    public const string UnparsedBudget = "Kinh phí không đọc được";
    public const string ImpossibleYears = "Khoảng năm bất thường";
    public const string LowConfidence = "OCR độ tin cậy thấp";
    public const string Warning = "Cảnh báo khi nhập liệu";

    /// <summary>An improvement plan runs at most one accreditation cycle (five years).</summary>
    public const int MaxPlanYears = 5;
    public const double MinConfidence = 0.6;

    public static IReadOnlyList<DataQualityIssue> Scan(IReadOnlyList<AnalysedPlan> plans)
    {
        var issues = new List<DataQualityIssue>();
        foreach (var plan in plans)
        {
            var record = plan.Record;
            void Add(string kind, string field, string detail, string? location) =>
                issues.Add(new DataQualityIssue(kind, record.Source, plan.SchoolName, field, detail, location));

            if (record.Document.PeriodStart is { } ps && record.Document.PeriodEnd is { } pe && (pe < ps || pe - ps > MaxPlanYears))
                Add(ImpossibleYears, WarningWording.Field("document.period"), $"{ps}-{pe}", null);
            for (var i = 0; i < record.Items.Count; i++)
            {
                var item = record.Items[i];
                var where = $"nội dung {i + 1}" + (item.Criterion is null ? "" : $" (tiêu chí {item.Criterion})");
                if (item.Budget is { Vnd: null } budget && budget.Text.Any(char.IsAsciiDigit))
                    Add(UnparsedBudget, WarningWording.Field("items.budget"), budget.Text, where);
                if (item.Timeline is { } timeline && ImpossibleRange(timeline) is { } range)
                    Add(ImpossibleYears, WarningWording.Field("items.timeline"), range, where);
                if (item.Confidence is { } confidence && confidence < MinConfidence)
                    Add(LowConfidence, WarningWording.Field("items"), $"độ tin cậy {confidence.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')}", where);
            }
            foreach (var warning in record.Warnings)
                Add(Warning, WarningWording.Field(warning.Field), WarningWording.Message(warning.Message), warning.Location);
        }
        return issues;
    }

    private static string? ImpossibleRange(Timeline timeline)
    {
        foreach (Match m in YearRange().Matches(timeline.Text))
        {
            var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (to < from || to - from > MaxPlanYears) return $"{timeline.Text.Trim()} ({from}–{to})";
        }
        if (PlannedPeriod.End(timeline.Start) is { } s && PlannedPeriod.End(timeline.End) is { } e && (e.Year * 12 + e.Month < s.Year * 12 + s.Month))
            return $"{timeline.Text.Trim()} (bắt đầu {timeline.Start} sau kết thúc {timeline.End})";
        return null;
    }

    [GeneratedRegex(@"\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})\b")]
    private static partial Regex YearRange();
}
