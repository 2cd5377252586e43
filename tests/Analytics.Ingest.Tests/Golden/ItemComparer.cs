using Analytics.Ingest.Records;

namespace Analytics.Ingest.Tests.Golden;

/// <summary>Field-by-field comparison of plan items, after <see cref="ItemPairing"/>.</summary>
internal static class ItemComparer
{
    public static void Compare(IReadOnlyList<PlanItem> expected, IReadOnlyList<PlanItem> actual, CheckList checks)
    {
        foreach (var (wanted, found, label) in ItemPairing.Pair(expected, actual))
        {
            var at = $"items[{label}]";
            if (wanted is null)
            {
                checks.Fail("items (extra)", null, Describe(found!), at);
                continue;
            }
            var first = checks.Checks.Count;
            checks.Add("items.present", "yes", found is null ? "no" : "yes", CompareRules.Exact, $"{at}.present");
            CompareFields(wanted, found ?? new PlanItem(), checks, at);
            if (found is null) checks.FailAllFrom(first);
        }
    }

    private static void CompareFields(PlanItem e, PlanItem a, CheckList checks, string at)
    {
        checks.Add("items.standard", e.Standard, a.Standard, $"{at}.standard");
        checks.Add("items.criterion", e.Criterion, a.Criterion, CompareRules.Exact, $"{at}.criterion");
        checks.Add("items.criterionName", e.CriterionName, a.CriterionName, TextKey.SameText, $"{at}.criterionName");
        checks.Add("items.target", e.Target, a.Target, CompareRules.LongText, $"{at}.target");
        checks.Add("items.actions", e.Actions, a.Actions, CompareRules.LongText, $"{at}.actions");
        checks.Add("items.lead", e.Lead, a.Lead, TextKey.SameText, $"{at}.lead");
        checks.Add("items.timeline.text", e.Timeline?.Text, a.Timeline?.Text, TextKey.SameText, $"{at}.timeline.text");
        checks.Add("items.timeline.start", e.Timeline?.Start, a.Timeline?.Start, CompareRules.Exact, $"{at}.timeline.start");
        checks.Add("items.timeline.end", e.Timeline?.End, a.Timeline?.End, CompareRules.Exact, $"{at}.timeline.end");
        if (e.Budget is not null)
            checks.Add("items.budget.text", e.Budget.Text, a.Budget?.Text, TextKey.SameText, $"{at}.budget.text");
        checks.Add("items.budget.vnd", e.Budget?.Vnd, a.Budget?.Vnd, $"{at}.budget.vnd");
        checks.Add("items.funding", e.Funding, a.Funding, TextKey.SameText, $"{at}.funding");
        checks.AddSet("items.gaps", e.Gaps, a.Gaps, $"{at}.gaps");
    }

    private static string Describe(PlanItem item) =>
        $"{item.Criterion ?? "?"} {item.CriterionName} | {item.Timeline?.Text} | {item.Budget?.Text}".Trim();
}
