using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Completes the roles a table's header gave its columns with what the cells hold: a column the header
/// words leave unknown takes the role its cells show (levels "Mức 2", criterion codes, amounts, dates and
/// periods, members of staff) when no other column has it; a result column ("Kết quả") whose cells are levels
/// states the criterion's current level. What stays unknown is ignored (with a warning), not a reason to drop
/// the table.</summary>
internal static class ColumnContents
{
    private const double Most = 0.6;

    /// <summary>Average characters of a column of sentences; notes and names are shorter.</summary>
    private const int ProseLength = 30;

    public static ColumnRole[] Refine(TableBlock table, int headerRows, IReadOnlyList<string> labels, ColumnRole[] roles)
    {
        var refined = (ColumnRole[])roles.Clone();
        var bodies = Enumerable.Range(0, refined.Length).Select(c => BodyTexts(table, headerRows, c)).ToArray();
        for (var c = 0; c < refined.Length; c++)
        {
            var cells = bodies[c];
            if (cells.Count == 0) continue;
            if (IsLevelColumn(refined[c], labels[c], cells)) refined[c] = PlanVocabulary.AimsAtLevel(labels[c]) ? ColumnRole.TargetLevel : ColumnRole.CurrentLevel;
            else if (refined[c] == ColumnRole.Unknown && RoleOfCells(cells) is { } role && !refined.Contains(role)) refined[c] = role;
        }
        ProseColumns(bodies, refined);
        OneTargetColumn(bodies, refined);
        return refined;
    }

    /// <summary>Columns of sentences the header words did not name ("Việc cần làm", "Yêu cầu đặt ra"): the work
    /// and its aim, which a plan table always has. The longest-written such column is the actions when no column
    /// is, the next the target when no column of sentences is (an added "Sản phẩm" of short names does not count);
    /// short notes ("Biên bản kiểm tra") stay unknown.</summary>
    private static void ProseColumns(List<string>[] bodies, ColumnRole[] roles)
    {
        var prose = Enumerable.Range(0, roles.Length)
            .Where(c => roles[c] == ColumnRole.Unknown && IsProse(bodies[c]))
            .OrderByDescending(c => bodies[c].Average(t => t.Length))
            .ToList();
        foreach (var column in prose)
        {
            if (!roles.Contains(ColumnRole.Actions)) roles[column] = ColumnRole.Actions;
            else if (!Enumerable.Range(0, roles.Length).Any(c => roles[c] == ColumnRole.Target && IsProse(bodies[c]))) roles[column] = ColumnRole.Target;
        }
    }

    /// <summary>Two columns the header words both call the aim ("Kết quả cần đạt" and an added "Sản phẩm"): the
    /// one written at greater length is the target, the other a note.</summary>
    private static void OneTargetColumn(List<string>[] bodies, ColumnRole[] roles)
    {
        var targets = Enumerable.Range(0, roles.Length).Where(c => roles[c] == ColumnRole.Target).ToList();
        if (targets.Count < 2) return;
        var kept = targets.MaxBy(c => bodies[c].Select(t => t.Length).DefaultIfEmpty(0).Average());
        foreach (var column in targets.Where(c => c != kept)) roles[column] = ColumnRole.Note;
    }

    /// <summary>Most cells are sentences: several words, not an amount, a date or a name of staff.</summary>
    private static bool IsProse(List<string> cells) =>
        cells.Count > 0 && cells.Average(t => t.Length) >= ProseLength
        && Share(cells, t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5) >= Most;

    /// <summary>Cells that are mostly results ("Đạt mức 2", "Mức đạt: Mức 1", "Không đạt") under an unknown
    /// header or a result header ("Kết quả", "Mức đạt").</summary>
    private static bool IsLevelColumn(ColumnRole role, string label, List<string> cells)
    {
        // "Mục tiêu: Đạt mức 3" aims at a level: such a target column stays the target.
        var resultHeader = role == ColumnRole.Target && AssessmentColumns.IsResultLabel(label) && !PlanVocabulary.AimsAtLevel(label);
        if (role != ColumnRole.Unknown && !resultHeader) return false;
        return Share(cells, t => AssessmentColumns.ResultOfText(t) is not null) >= Most;
    }

    private static ColumnRole? RoleOfCells(List<string> cells)
    {
        if (Share(cells, t => CriterionReferences.Parse(t, bare: true) is { IsStandardOnly: false }) >= Most) return ColumnRole.Criterion;
        if (Share(cells, ColumnGuesser.LooksLikeMoney) >= Most) return ColumnRole.Budget;
        if (Share(cells, ColumnGuesser.LooksLikeTime) >= Most) return ColumnRole.Timeline;
        if (Share(cells, PlanVocabulary.NamesStaff) >= Most) return ColumnRole.Lead;
        return null;
    }

    private static List<string> BodyTexts(TableBlock table, int headerRows, int column) =>
        table.Rows.Skip(headerRows)
            .Select(r => r.CellAt(column))
            .Where(cell => cell is { IsMergedContinuation: false } && cell.Column == column && cell.Text.Trim().Length > 0)
            .Select(cell => cell!.Text.Trim())
            .ToList();

    private static double Share(List<string> cells, Func<string, bool> test) => cells.Count(test) / (double)cells.Count;
}
