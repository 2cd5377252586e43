using Analytics.Ingest.Normalization;

namespace Analytics.Ingest.Records;

/// <summary>The one gap policy: which facility-gap categories an item, a weakness and a plan have. The
/// parser writes the record with it, the search index's gap facet and the report's default count with it,
/// so a facet count and a report count of the same plans are the same number.</summary>
/// <remarks>
/// An item's gaps are its recorded gaps; when it has none, the lexicon on the item's own text (target and
/// actions) with the options the parser uses (<see cref="GapLexiconOptions.ForPlanItems"/>). For a record the
/// parser has just written that adds nothing; it matters for records stored by an older lexicon and for an
/// item whose target or actions were corrected by hand.
/// <para>There is no plan-level fallback: an item does not take the plan's gaps when no item has any. The
/// plan's gaps come from its weaknesses then, and a weakness ("thiếu phòng học bộ môn") says what the school
/// lacks, not that a row about teacher training fixes it; handing them to every item counted that row's
/// budget, timeline and funding under the category. The plan keeps them: <see cref="OfPlan"/> (what the
/// report counts schools by, and the plan's own document in the index).</para>
/// <para>Nor does the criterion's name stand in for an item without target and actions: it is the
/// regulation's heading ("Tiêu chí 3.6: Thư viện"), the same for every school, not what the school plans.</para>
/// </remarks>
public static class ItemGapPolicy
{
    /// <summary>The categories an item's target and actions name, as the parser records them.</summary>
    public static IReadOnlyList<string> Classify(string? target, string? actions)
    {
        var text = string.Join('\n', new[] { target, actions }.Where(t => t is not null));
        return text.Length == 0 ? [] : GapLexicon.Classify(text, GapLexiconOptions.ForPlanItems);
    }

    /// <summary>The categories a weakness sentence reports.</summary>
    public static IReadOnlyList<string> OfWeakness(string weakness) => GapLexicon.Classify(weakness);

    /// <summary>The item's known categories, each once: recorded, else classified from its own text.</summary>
    public static IReadOnlyList<string> Of(PlanItem item)
    {
        var recorded = Known(item.Gaps);
        return recorded.Count > 0 ? recorded : Known(Classify(item.Target, item.Actions));
    }

    /// <summary>The plan's known categories, each once: those it records (its items' and its weaknesses')
    /// and those of its items by <see cref="Of"/>.</summary>
    public static IReadOnlyList<string> OfPlan(PlanRecord plan) =>
        Known(plan.Gaps.Concat(plan.Items.SelectMany(Of)));

    private static IReadOnlyList<string> Known(IEnumerable<string> codes) =>
        codes.Where(GapCategoryNames.IsKnown).Distinct(StringComparer.Ordinal).ToArray();
}
