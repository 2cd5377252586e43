using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing;

/// <summary>Reads improvement tables into raw items. A row naming only a standard sets the context; a row
/// naming a criterion (or carrying a new row number) opens an item; rows with empty key cells continue the
/// item above (page-split rows, vertically merged cells, one sub-action per row).</summary>
internal static partial class ItemTableReader
{
    private static readonly ColumnRole[] ContentRoles =
        [ColumnRole.Target, ColumnRole.Actions, ColumnRole.Lead, ColumnRole.Timeline, ColumnRole.Budget, ColumnRole.Funding, ColumnRole.Support, ColumnRole.Note];

    /// <summary>An improvement table has time, money, lead or action columns and something that identifies rows.</summary>
    public static bool IsItemTable(TableLayout layout)
    {
        var roles = layout.Roles;
        var planning = roles.Count(r => r is ColumnRole.Timeline or ColumnRole.Budget or ColumnRole.Lead or ColumnRole.Actions or ColumnRole.Target or ColumnRole.Funding);
        var keyed = roles.Any(r => r is ColumnRole.Criterion or ColumnRole.Standard or ColumnRole.Number);
        var doing = roles.Any(r => r is ColumnRole.Timeline or ColumnRole.Budget or ColumnRole.Lead or ColumnRole.Actions);
        return doing && planning >= 2 && (keyed || planning >= 3);
    }

    /// <param name="continuing">The last item of the previous table when this table continues it on a new
    /// page (same columns): rows with empty key cells at the top still belong to that item.</param>
    public static List<RawItem> Read(TableBlock table, TableLayout layout, string? level, ref int? standardContext, RawItem? continuing, WarningSink warnings)
    {
        var items = new List<RawItem>();
        RawItem? current = continuing;
        var keyColumns = KeyColumns(layout);
        var mergedOrigins = new Dictionary<int, string>();
        foreach (var row in table.Rows.Skip(layout.HeaderRows))
        {
            foreach (var cell in row.Cells.Where(c => c.RowSpan > 1 && !c.IsMergedContinuation)) mergedOrigins[cell.Column] = cell.Text;
            if (row.Cells.All(c => c.Text.Length == 0)) continue;
            if (RepeatsHeader(row, table, layout)) continue;
            if (IsTotalRow(row))
            {
                // "Tổng cộng | … | 1.515.000.000 đồng": the sum of the rows above, not an item of its own.
                Close(items, ref current, continuing);
                continue;
            }
            if (IsGroupRow(row, table.ColumnCount))
            {
                // "B. ĐIỂM TRƯỜNG KHE CHUNG" across the table: a heading over the rows below (a campus, a
                // group of work), which closes the item above and is none itself.
                Close(items, ref current, continuing);
                continue;
            }
            var (reference, keyText) = ReadKey(row, layout, keyColumns, standardContext);
            // No criterion column: a weakness or target cell may end by naming its criterion ("… (Tiêu chí 3.1)").
            if (reference is null && !layout.Has(ColumnRole.Criterion)) reference = BracketedReference(row, layout);
            var number = RowNumberOf(row, layout);
            var filledContent = ContentColumns(layout, keyColumns).Count(c => (row.CellAt(c)?.Text.Length ?? 0) > 0);
            var hasContent = filledContent > 0;
            if (reference is null && keyText is not null && filledContent >= 3)
            {
                // A full row whose key cell holds a name, not a number: its own criterion, not a continuation.
                reference = CriterionResolver.Infer(keyText, level, warnings, table.Provenance);
                if (reference is not null) keyText = null;
            }

            if (reference is { IsStandardOnly: true } && !hasContent)
            {
                standardContext = reference.Standard;
                Close(items, ref current, continuing);
                continue;
            }
            var opens = reference is not null
                        || (number is not null && number != current?.RowNumber)
                        || current is null;
            var subItem = !opens && IsOwnSubItem(row, layout, keyColumns, current!);
            var startsItem = opens || subItem;
            if (subItem)
            {
                // A second full action under the same (merged) criterion cell: its own item, same criterion.
                var parent = current!;
                Close(items, ref current, continuing);
                current = new RawItem(parent.Standard, parent.Reference, null, table.Provenance) { BudgetHeader = parent.BudgetHeader, HasFundingColumn = parent.HasFundingColumn };
                current.ReplaceName(parent.CriterionName);
            }
            else if (opens && reference is null && current is not null && number is not null && CriterionCellMergedFromAbove(row, layout))
            {
                // A new row number under a criterion cell merged down from the row above: the same criterion.
                var parent = current;
                Close(items, ref current, continuing);
                current = new RawItem(parent.Standard, parent.Reference, number, table.Provenance) { BudgetHeader = parent.BudgetHeader, HasFundingColumn = parent.HasFundingColumn };
                current.ReplaceName(parent.CriterionName);
            }
            else if (opens)
            {
                Close(items, ref current, continuing);
                if (reference is { IsStandardOnly: true }) standardContext = reference.Standard;
                current = new RawItem(standardContext, reference is { IsStandardOnly: true } ? null : reference, number, table.Provenance)
                {
                    BudgetHeader = layout.ColumnOf(ColumnRole.Budget) is var b and >= 0 ? layout.Labels[b] : null,
                    HasFundingColumn = layout.Has(ColumnRole.Funding),
                };
                if (reference is null && keyText is not null) current.Add(ColumnRole.Target, keyText);
                if (reference is not null) NoteKeyConfidence(current, row, keyColumns);
            }
            else
            {
                current!.CountRow();
                if (keyText is not null) current.ContinueName(keyText);
            }
            var markedMonths = new List<string>();
            foreach (var column in ContentColumns(layout, keyColumns))
            {
                var cell = row.CellAt(column);
                if (cell is null || cell.Column != column) continue;
                if (layout.MonthOfColumn.ElementAtOrDefault(column) is { } month)
                {
                    // A chart of months: a marked cell puts its month into the timeline, in column (time) order.
                    if (!cell.IsMergedContinuation && Marks.IsMark(cell.Text)) markedMonths.Add(month);
                    continue;
                }
                if (!cell.IsMergedContinuation)
                {
                    current!.Add(RoleFor(layout.Roles[column]), WithoutListLetter(layout.Roles[column], cell.Text));
                    if (cell.Text.Length > 0) current.NoteConfidence(RoleFor(layout.Roles[column]), cell.Confidence);
                    if (layout.AmountPartColumns.Contains(column) && cell.Text.Any(char.IsDigit)) current.AmountInParts = true;
                    // An amount in one of several source columns ("Ngân sách | Xã hội hóa | Khác") comes from that source.
                    if (layout.SourceOfAmounts.ElementAtOrDefault(column) is { } source && cell.Text.Any(char.IsDigit))
                        current.Add(ColumnRole.Funding, source);
                }
                // A lead, time or source cell merged down over several criteria belongs to each of their
                // items (an amount is not copied: it would be counted once per row).
                else if (startsItem && layout.Roles[column] != ColumnRole.Budget && mergedOrigins.TryGetValue(column, out var origin))
                    current!.Add(RoleFor(layout.Roles[column]), origin);
            }
            // One phrase for the row's marked months ("T10; T11"), which the timeline parser spans first to last.
            if (markedMonths.Count > 0) current!.Add(ColumnRole.Timeline, string.Join("; ", markedMonths));
            for (var column = 0; column < layout.Roles.Count; column++)
            {
                if (layout.Roles[column] != ColumnRole.Weakness) continue;
                var cell = row.CellAt(column);
                if (cell is { IsMergedContinuation: false } && cell.Column == column) current!.Add(ColumnRole.Weakness, WithoutTrailingReference(cell.Text));
            }
        }
        Close(items, ref current, continuing);
        if (items.Count == 0 && continuing is null) warnings.Add("items", "an improvement table has no rows with content", table.Provenance);
        return items;
    }

    /// <summary>A header row repeated inside the table (a page break in a PDF puts the second header line
    /// "Dự kiến | Nguồn" among the rows): every written cell says what the header says in its column.</summary>
    private static bool RepeatsHeader(TableRow row, TableBlock table, TableLayout layout)
    {
        var written = row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count == 0 || layout.HeaderRows == 0) return false;
        return written.All(c => table.Rows.Take(layout.HeaderRows).Any(h =>
            h.CellAt(c.Column) is { IsMergedContinuation: false } hc && hc.Column == c.Column
            && Folded.Of(hc.Text) == Folded.Of(c.Text)));
    }

    /// <summary>A "Tổng cộng" / "Tổng" / "Cộng" row: its first written cell says so.</summary>
    private static bool IsTotalRow(TableRow row)
    {
        var first = row.Cells.FirstOrDefault(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0);
        if (first is null) return false;
        var folded = Folded.Of(first.Text).Trim('*', ':', '.', ' ');
        return folded is "tong" or "cong" or "tong so" or "tong kinh phi" || folded.StartsWith("tong cong", StringComparison.Ordinal);
    }

    /// <summary>A heading row inside the table: one written cell, in the first column or spanning most of the
    /// row, in capitals (a few lower-case words such as a place in brackets allowed), naming no criterion or
    /// standard.</summary>
    internal static bool IsGroupRow(TableRow row, int columns)
    {
        var written = row.Cells.Where(c => !c.IsMergedContinuation && c.Text.Trim().Length > 0).ToList();
        if (written.Count != 1) return false;
        var cell = written[0];
        if (cell.Column != 0 && cell.ColumnSpan * 2 < columns) return false;
        var letters = cell.Text.Where(char.IsLetter).ToList();
        if (letters.Count < 6 || letters.Count(char.IsUpper) < letters.Count * 0.6) return false;
        return CriterionReferences.Parse(cell.Text) is null && CriterionReferences.Parse(cell.Text, bare: true) is null;
    }

    private static bool CriterionCellMergedFromAbove(TableRow row, TableLayout layout)
    {
        var column = layout.ColumnOf(ColumnRole.Criterion);
        return column >= 0 && row.CellAt(column) is { IsMergedContinuation: true };
    }

    private static void Close(List<RawItem> items, ref RawItem? current, RawItem? alreadyListed)
    {
        if (current is not null && !ReferenceEquals(current, alreadyListed) && (current.HasContent || current.Reference is not null)) items.Add(current);
        current = null;
    }

    /// <summary>A row under an empty (merged) criterion cell that is a complete action of its own: several
    /// cells filled, its own amount where the item above has one too, or its own different time; not text
    /// running on from above (lower case) and not the next point of a numbered list ("2. …").</summary>
    private static bool IsOwnSubItem(TableRow row, TableLayout layout, List<int> keyColumns, RawItem current)
    {
        var cells = ContentColumns(layout, keyColumns).Select(c => (Role: layout.Roles[c], Text: row.CellAt(c)?.Text ?? "")).Where(c => c.Text.Length > 0).ToList();
        if (cells.Count < 4) return false;
        // A lettered action ("b) Sơn lại …") is judged by its words, not by its lower-case letter.
        var first = LetterMarker().Replace(cells[0].Text.TrimStart(), "");
        if (first.Length == 0 || char.IsLower(first[0]) || ListContinuation().IsMatch(first)) return false;
        var budget = cells.FirstOrDefault(c => c.Role == ColumnRole.Budget).Text;
        var ownAmount = budget is { Length: > 0 } && budget.Any(char.IsDigit) && current.Pieces(ColumnRole.Budget).Any(p => p.Any(char.IsDigit));
        var time = cells.FirstOrDefault(c => c.Role == ColumnRole.Timeline).Text;
        var ownTime = time is { Length: > 0 } && current.Pieces(ColumnRole.Timeline).Count > 0 && !current.Pieces(ColumnRole.Timeline).Contains(time);
        return ownAmount || (ownTime && cells.Any(c => c.Role == ColumnRole.Lead));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[2-9]|1\d)\s*[\.\)]\s")]
    private static partial System.Text.RegularExpressions.Regex ListContinuation();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-zđ]\)\s+")]
    private static partial System.Text.RegularExpressions.Regex LetterMarker();

    /// <summary>A cell holding one lettered action or target ("a) Mua 01 tủ sấy bát", one of the sub-rows of a
    /// weakness): the letter numbers the sub-row, it is not part of the text. A cell of several lettered lines
    /// keeps its letters (a list).</summary>
    private static string WithoutListLetter(ColumnRole role, string text) =>
        role is ColumnRole.Actions or ColumnRole.Target && !text.Trim().Contains('\n') && LetterMarker().IsMatch(text.TrimStart())
            ? LetterMarker().Replace(text.TrimStart(), "")
            : text;

    /// <summary>A criterion named in brackets at the end of a weakness or target cell ("Sân chơi chưa có khu
    /// vận động (Tiêu chí 3.1)", "… (TC 2.2)"), for tables that have no criterion column.</summary>
    private static CriterionReference? BracketedReference(TableRow row, TableLayout layout)
    {
        for (var column = 0; column < layout.Roles.Count; column++)
        {
            if (layout.Roles[column] is not (ColumnRole.Weakness or ColumnRole.Target)) continue;
            if (row.CellAt(column) is not { IsMergedContinuation: false } cell || cell.Column != column) continue;
            var m = TrailingReference().Match(cell.Text);
            if (m.Success && CriterionReferences.Parse(m.Groups[1].Value) is { IsStandardOnly: false } reference)
                return reference with { Name = null, Tail = null };
        }
        return null;
    }

    private static string WithoutTrailingReference(string text)
    {
        var m = TrailingReference().Match(text);
        return m.Success && CriterionReferences.Parse(m.Groups[1].Value) is not null ? text[..m.Index].TrimEnd() : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*([^()]{2,30})\s*\)\s*\.?\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingReference();

    /// <summary>Columns whose cells identify a row: criterion, standard and number columns, and when there is
    /// no criterion column, the first column (some tables put "Tiêu chí 1.1. …" under "TT").</summary>
    private static List<int> KeyColumns(TableLayout layout)
    {
        var keys = new List<int>();
        for (var c = 0; c < layout.Roles.Count; c++)
            if (layout.Roles[c] is ColumnRole.Criterion or ColumnRole.Standard or ColumnRole.Number) keys.Add(c);
        if (!layout.Has(ColumnRole.Criterion) && layout.Roles.Count > 0 && !keys.Contains(0) && layout.Roles[0] == ColumnRole.Unknown) keys.Add(0);
        return keys;
    }

    private static IEnumerable<int> ContentColumns(TableLayout layout, List<int> keyColumns)
    {
        for (var c = 0; c < layout.Roles.Count; c++)
        {
            if (keyColumns.Contains(c)) continue;
            if (ContentRoles.Contains(layout.Roles[c]) || layout.Roles[c] == ColumnRole.Unknown) yield return c;
        }
    }

    /// <summary>The criterion was read from this row's key cells: their OCR confidence is the criterion's.</summary>
    private static void NoteKeyConfidence(RawItem item, TableRow row, List<int> keyColumns)
    {
        foreach (var column in keyColumns)
        {
            if (row.CellAt(column) is { IsMergedContinuation: false, Text.Length: > 0 } cell) item.NoteConfidence(ColumnRole.Criterion, cell.Confidence);
        }
    }

    private static ColumnRole RoleFor(ColumnRole role) => role == ColumnRole.Unknown ? ColumnRole.Note : role;

    /// <summary>The criterion (or standard) the row names, and the key text that is not a reference
    /// (the tail of a criterion name cut by a page break).</summary>
    private static (CriterionReference? Reference, string? KeyText) ReadKey(TableRow row, TableLayout layout, List<int> keyColumns, int? standardContext)
    {
        CriterionReference? best = null;
        string? loose = null;
        string? nameCell = null;
        foreach (var column in keyColumns)
        {
            var cell = row.CellAt(column);
            if (cell is null || cell.Text.Length == 0 || cell.IsMergedContinuation) continue;
            var role = layout.Roles[column];
            var bare = role is ColumnRole.Criterion or ColumnRole.Standard;
            // "Tiêu chí 2: …" in a table under a "Tiêu chuẩn 3" heading or row is criterion 3.2.
            var reference = CriterionReferences.Parse(cell.Text, bare)
                            ?? (standardContext is { } context ? CriterionReferences.ParseIndexOnly(cell.Text, context) : null);
            if (reference is null)
            {
                if (role != ColumnRole.Number) loose ??= cell.Text;
                else if (!IsNumber(cell.Text)) loose ??= cell.Text;
                if (role == ColumnRole.Criterion && !IsNumber(cell.Text)) nameCell ??= cell.Text;
                continue;
            }
            if (role == ColumnRole.Standard && reference.IsStandardOnly && best is { IsStandardOnly: false }) continue;
            if (best is null || (best.IsStandardOnly && !reference.IsStandardOnly))
            {
                // A bare "1.1" in the criterion column keeps a name written in the standard column.
                best = reference;
            }
        }
        // "Tiêu chí" | "Tên tiêu chí" as two columns: the number in one, the name in the other.
        if (best is { IsStandardOnly: false, Name: null } && nameCell is not null)
            best = best with { Name = TextJoin.Join(nameCell.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()) };
        return (best, best is null ? loose : null);
    }

    private static string? RowNumberOf(TableRow row, TableLayout layout)
    {
        var column = layout.ColumnOf(ColumnRole.Number);
        if (column < 0) return null;
        var text = row.CellAt(column)?.Text.Trim() ?? "";
        return IsNumber(text) ? text.TrimEnd('.') : null;
    }

    private static bool IsNumber(string text)
    {
        var t = text.Trim().TrimEnd('.');
        return t.Length is > 0 and <= 4 && t.All(c => char.IsDigit(c) || c is 'I' or 'V' or 'X');
    }
}
