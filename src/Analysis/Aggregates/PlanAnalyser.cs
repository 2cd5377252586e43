using Analytics.Analysis.Classification;
using Analytics.Ingest.Records;
using Analytics.Ingest.Text;

namespace Analytics.Analysis.Aggregates;

/// <summary>Where item and weakness categories come from.</summary>
public enum GapSource
{
    /// <summary>Only what the records say (item "gaps" and plan "gaps"); nothing is classified.</summary>
    Record,
    /// <summary>The one gap policy (<see cref="ItemGapPolicy"/>) the record and the search index follow: an item's
    /// recorded gaps, else the lexicon on its own text as the parser runs it; weaknesses by the parser's lexicon.
    /// No classifier is trained.</summary>
    Policy,
    /// <summary>The classifier for every item and weakness, plus the plan's own "gaps".</summary>
    Classifier,
}

public sealed record PlanAnalyserOptions(GapSource Source = GapSource.Policy);

/// <summary>Resolves categories per item and weakness and the school key of each plan. Without a classifier,
/// <see cref="GapSource.Classifier"/> falls back to the records alone.</summary>
public sealed class PlanAnalyser(IGapClassifier? classifier, PlanAnalyserOptions? options = null)
{
    private readonly GapSource _source = (options ?? new()).Source is GapSource.Classifier && classifier is null
        ? GapSource.Record
        : (options ?? new()).Source;

    public AnalysedPlan Analyse(PlanRecord record)
    {
        var itemGaps = record.Items.Select(ItemCategories).ToList();
        var weaknessGaps = record.Weaknesses.Select(WeaknessCategories).ToList();
        // Under the policy the plan's gaps are the policy's (what the index's plan documents carry); its
        // weaknesses' categories are already among the plan's recorded gaps, by the same lexicon.
        var planGaps = new HashSet<string>(
            _source == GapSource.Policy ? ItemGapPolicy.OfPlan(record) : record.Gaps.Where(GapCategories.IsKnown), StringComparer.Ordinal);
        if (_source != GapSource.Policy)
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

    private IReadOnlyList<string> ItemCategories(PlanItem item) => _source switch
    {
        GapSource.Record => item.Gaps.Where(GapCategories.IsKnown).ToList(),
        GapSource.Policy => ItemGapPolicy.Of(item),
        _ => classifier!.Classify(ItemText(item)),
    };

    private IReadOnlyList<string> WeaknessCategories(string weakness) => _source switch
    {
        GapSource.Record => [],
        GapSource.Policy => ItemGapPolicy.OfWeakness(weakness),
        _ => classifier!.Classify(weakness),
    };
}
