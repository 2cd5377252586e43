using Analytics.Ingest.Model;
using Analytics.Ingest.Parsing.Rows;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads improvement tables into raw items through the row rules of <see cref="TableRowPipeline"/>.</summary>
internal static class ItemTableReader
{
    private static readonly ColumnRole[] WorkRoles = [ColumnRole.Actions, ColumnRole.Timeline, ColumnRole.Budget];

    /// <summary>An improvement table has time, money, lead or action columns and something that identifies rows;
    /// a criterion column with any one of target, actions, time or budget is enough (partial understanding:
    /// columns it cannot place are read as notes). Beside a current-level column a lone text column states
    /// what is not met ("Mức đạt được | Nội dung chưa đạt"): that is a self-assessment table.</summary>
    public static bool IsItemTable(TableLayout layout)
    {
        var roles = layout.Roles;
        var planning = roles.Count(r => r is ColumnRole.Timeline or ColumnRole.Budget or ColumnRole.Lead or ColumnRole.Actions or ColumnRole.Target or ColumnRole.Funding);
        var keyed = roles.Any(r => r is ColumnRole.Criterion or ColumnRole.Standard or ColumnRole.Number);
        var doing = roles.Any(r => r is ColumnRole.Timeline or ColumnRole.Budget or ColumnRole.Lead or ColumnRole.Actions);
        if (doing && planning >= 2 && (keyed || planning >= 3)) return true;
        return roles.Contains(ColumnRole.Criterion)
               && (roles.Any(WorkRoles.Contains) || (roles.Contains(ColumnRole.Target) && !roles.Contains(ColumnRole.CurrentLevel)));
    }

    /// <param name="continuing">The last item of the previous table when this table continues it on a new
    /// page (same columns): rows with empty key cells at the top still belong to that item.</param>
    /// <param name="heading">The criterion a heading above the table names, for rows that name none.</param>
    public static List<RawItem> Read(TableBlock table, TableLayout layout, string? level, ref int? standardContext, RawItem? continuing, CriterionReference? heading, WarningSink warnings)
    {
        var state = new TableRowState(table, layout, level, standardContext, continuing, warnings) { Heading = heading };
        var items = TableRowPipeline.Default.Read(state);
        standardContext = state.Standard;
        return items;
    }
}
