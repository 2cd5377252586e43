using Analytics.Analysis.Classification;
using Analytics.Ingest.Records;
using Analytics.Ingest.Text;

namespace Analytics.Analysis.Aggregates;

/// <summary>Where item and weakness categories come from.</summary>
public enum GapSource
{
    /// <summary>Only what the records say (item "gaps" and plan "gaps"); nothing is classified.</summary>
    Record,
    /// <summary>Record categories where an item has them, the classifier for items without and for weaknesses.</summary>
    RecordElseClassifier,
    /// <summary>The classifier for every item and weakness, plus the plan's own "gaps".</summary>
    Classifier,
}

public sealed record PlanAnalyserOptions(GapSource Source = GapSource.RecordElseClassifier);

/// <summary>Resolves categories per item and weakness and the school key of each plan.</summary>
public sealed class PlanAnalyser(IGapClassifier? classifier, PlanAnalyserOptions? options = null)
{
    private readonly GapSource _source = classifier is null ? GapSource.Record : (options ?? new()).Source;

    public AnalysedPlan Analyse(PlanRecord record)
    {
        var itemGaps = record.Items.Select(ItemCategories).ToList();
        var weaknessGaps = record.Weaknesses
            .Select(w => _source == GapSource.Record ? (IReadOnlyList<string>)[] : classifier!.Classify(w))
            .ToList();
        var planGaps = new HashSet<string>(record.Gaps.Where(GapCategories.IsKnown), StringComparer.Ordinal);
        foreach (var gaps in itemGaps.Concat(weaknessGaps)) planGaps.UnionWith(gaps);
        return new AnalysedPlan(record, SchoolKey(record), SchoolName(record), itemGaps, weaknessGaps, planGaps);
    }

    /// <summary>The text an item is classified by: what it aims at and what it does.</summary>
    public static string ItemText(PlanItem item)
    {
        var parts = new[] { item.Target, item.Actions }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count > 0 ? string.Join(". ", parts) : item.CriterionName ?? "";
    }

    /// <summary>Folded school name and province: the same school spelled with or without accents or in
    /// another case is one school; a plan without a school name stands alone.</summary>
    public static string SchoolKey(PlanRecord record)
    {
        var name = record.School.Name;
        if (string.IsNullOrWhiteSpace(name)) return "nguon:" + record.Source + "#" + record.Id;
        return string.Join(' ', VietnameseFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            + "|" + VietnameseFolding.Fold(record.School.Province ?? "");
    }

    public static string SchoolName(PlanRecord record) =>
        string.IsNullOrWhiteSpace(record.School.Name) ? $"(không rõ tên trường: {record.Source})" : record.School.Name.Trim();

    private IReadOnlyList<string> ItemCategories(PlanItem item)
    {
        var recorded = item.Gaps.Where(GapCategories.IsKnown).ToList();
        return _source switch
        {
            GapSource.Record => recorded,
            GapSource.RecordElseClassifier when recorded.Count > 0 => recorded,
            _ => classifier!.Classify(ItemText(item)),
        };
    }
}
