using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>Puts the content cells of a row into the item the rules chose for it: each cell under its column's
/// role, month marks of a chart as one timeline phrase, a current level as the criterion's assessment, the
/// weakness column apart.</summary>
internal static class RowCellReader
{
    public static void Read(TableRowContext row)
    {
        var state = row.State;
        var current = state.Current!;
        var markedMonths = new List<string>();
        foreach (var column in RowKeys.ContentColumns(state.Layout, state.KeyColumns))
        {
            var cell = row.Row.CellAt(column);
            if (cell is null || cell.Column != column) continue;
            if (state.Layout.MonthOfColumn.ElementAtOrDefault(column) is { } month)
            {
                if (!cell.IsMergedContinuation) ReadPeriodCell(state, current, column, cell, month, markedMonths);
                continue;
            }
            if (!cell.IsMergedContinuation) AddCell(state, current, column, cell);
            // A lead, time or source cell merged down over several criteria belongs to each of their items
            // (an amount is not copied: it would be counted once per row).
            else if (state.RowOpenedItem && state.Layout.Roles[column] != ColumnRole.Budget && state.MergedOrigins.TryGetValue(column, out var origin))
                current.Add(RoleFor(state.Layout.Roles[column]), origin);
        }
        // One phrase for the row's marked months ("T10; T11"), which the timeline parser spans first to last.
        if (markedMonths.Count > 0) current.Add(ColumnRole.Timeline, string.Join("; ", markedMonths));
        // School-year columns span from the September of the first marked year to the May of the last.
        if (SchoolYears.Span(markedMonths) is { } span) current.ChartSpan = span;
        ReadSideColumns(row, current);
    }

    /// <summary>A chart of months: a marked cell puts its month into the timeline, in column (time) order; a cell
    /// of work under a school year does too, and its text is the item's work of that year.</summary>
    private static void ReadPeriodCell(TableRowState state, RawItem current, int column, TableCell cell, string period, List<string> marked)
    {
        if (Marks.IsMark(cell.Text)) marked.Add(period);
        else if (cell.Text.Trim().Length > 0 && state.Layout.Roles[column] != ColumnRole.Timeline)
        {
            marked.Add(period);
            AddCell(state, current, column, cell);
        }
    }

    private static void AddCell(TableRowState state, RawItem current, int column, TableCell cell)
    {
        var role = state.Layout.Roles[column];
        var text = role == ColumnRole.Funding && Marks.IsMark(cell.Text) ? MarkedSource(state.Layout.Labels[column]) : cell.Text;
        current.Add(RoleFor(role), WithoutListLetter(role, text));
        if (text.Length > 0) current.NoteConfidence(RoleFor(role), cell.Confidence);
        if (state.Layout.AmountPartColumns.Contains(column) && text.Any(char.IsDigit)) current.AmountInParts = true;
        // An amount in one of several source columns ("Ngân sách | Xã hội hóa | Khác") comes from that source.
        if (state.Layout.SourceOfAmounts.ElementAtOrDefault(column) is { } source && text.Any(char.IsDigit))
            current.Add(ColumnRole.Funding, source);
    }

    /// <summary>Columns that are no field of the item: the weakness the row answers, and the level the
    /// criterion reaches now ("Mức đạt hiện tại": its self-assessment).</summary>
    private static void ReadSideColumns(TableRowContext row, RawItem current)
    {
        var roles = row.State.Layout.Roles;
        for (var column = 0; column < roles.Count; column++)
        {
            if (roles[column] is not (ColumnRole.Weakness or ColumnRole.CurrentLevel)) continue;
            if (row.Row.CellAt(column) is not { IsMergedContinuation: false } cell || cell.Column != column) continue;
            if (roles[column] == ColumnRole.Weakness) current.Add(ColumnRole.Weakness, RowKeys.WithoutTrailingReference(cell.Text));
            else if (AssessmentColumns.ResultOfText(cell.Text) is { } level) current.SelfAssessmentResult = level;
        }
    }

    /// <summary>"Nguồn kinh phí" over "NSNN | XHH | Khác", the row's source ticked "x": the ticked column's own
    /// sub-header is the source; a mark under a source column with no sub-header says nothing.</summary>
    private static string MarkedSource(string label)
    {
        var parts = label.Split(" / ");
        return parts.Length > 1 ? parts[^1].Trim() : "";
    }

    private static ColumnRole RoleFor(ColumnRole role) => role == ColumnRole.Unknown ? ColumnRole.Note : role;

    /// <summary>A cell holding one lettered action or target ("a) Mua 01 tủ sấy bát", one of the sub-rows of a
    /// weakness): the letter numbers the sub-row, it is not part of the text. A cell of several lettered lines
    /// keeps its letters (a list).</summary>
    private static string WithoutListLetter(ColumnRole role, string text) =>
        role is ColumnRole.Actions or ColumnRole.Target && !text.Trim().Contains('\n') && ListLetters.Starts(text.TrimStart())
            ? ListLetters.Without(text.TrimStart())
            : text;
}
