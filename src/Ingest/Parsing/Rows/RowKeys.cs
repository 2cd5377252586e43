using Analytics.Ingest.Model;

namespace Analytics.Ingest.Parsing.Rows;

/// <summary>Reads what identifies a row of an improvement table: the criterion or standard its key cells name,
/// its row number, and which columns hold its content.</summary>
internal static partial class RowKeys
{
    private static readonly ColumnRole[] ContentRoles =
        [ColumnRole.Target, ColumnRole.Actions, ColumnRole.Lead, ColumnRole.Timeline, ColumnRole.Budget, ColumnRole.Funding, ColumnRole.Support, ColumnRole.Note];

    private const int FullRowCells = 3;

    public static RowKey Read(TableRow row, TableRowState state)
    {
        var layout = state.Layout;
        var (reference, keyText, names) = ReadKey(row, layout, state.KeyColumns, state.Standard);
        var filled = ContentColumns(layout, state.KeyColumns).Count(c => (row.CellAt(c)?.Text.Length ?? 0) > 0);
        if ((reference?.Standard ?? state.Standard) is { } standard && reference is null or { IsStandardOnly: true }
            && filled >= FullRowCells && NamedWithin(standard, names, state) is { } named)
        {
            // The standard cell may be merged down over the next rows: they stay under it, as OpeningRowRule keeps it.
            state.Standard = standard;
            (reference, keyText) = (named, null);
        }
        // No criterion column: a weakness or target cell may end by naming its criterion ("… (Tiêu chí 3.1)").
        if (reference is null && !layout.Has(ColumnRole.Criterion)) reference = BracketedReference(row, layout);
        if (reference is null && keyText is not null && filled >= FullRowCells)
        {
            // A full row whose key cell holds a name, not a number: its own criterion, not a continuation.
            reference = WithIndexName(CriterionResolver.Infer(keyText, state.Level, state.Warnings, state.Table.Provenance), keyText);
            if (reference is not null) keyText = null;
        }
        return new RowKey(reference, keyText, RowNumberOf(row, layout), filled);
    }

    /// <summary>"Tiêu chí 2: Đối với giáo viên" recognised by its name as criterion 2.2 (no standard named above):
    /// the name is the words after the criterion's own "Tiêu chí 2:", when that index is the one recognised.</summary>
    private static CriterionReference? WithIndexName(CriterionReference? inferred, string keyText) =>
        inferred is { Standard: var standard, Index: { } index }
        && CriterionReferences.ParseIndexOnly(keyText, standard) is { Index: var written, Name: { Length: > 0 } name } && written == index
            ? inferred with { Name = name }
            : inferred;

    /// <summary>Columns whose cells identify a row: criterion, standard and number columns, and when there is
    /// no criterion column, the first column (some tables put "Tiêu chí 1.1. …" under "TT").</summary>
    public static List<int> KeyColumns(TableLayout layout)
    {
        var keys = new List<int>();
        for (var c = 0; c < layout.Roles.Count; c++)
            if (layout.Roles[c] is ColumnRole.Criterion or ColumnRole.Standard or ColumnRole.Number) keys.Add(c);
        if (!layout.Has(ColumnRole.Criterion) && layout.Roles.Count > 0 && !keys.Contains(0) && layout.Roles[0] == ColumnRole.Unknown) keys.Add(0);
        return keys;
    }

    public static IEnumerable<int> ContentColumns(TableLayout layout, List<int> keyColumns)
    {
        for (var c = 0; c < layout.Roles.Count; c++)
        {
            if (keyColumns.Contains(c)) continue;
            if (ContentRoles.Contains(layout.Roles[c]) || layout.Roles[c] == ColumnRole.Unknown) yield return c;
        }
    }

    /// <summary>The criterion (or standard) the key cells name, and the key text that is not a reference.</summary>
    private static (CriterionReference? Reference, string? KeyText, List<string> Names) ReadKey(TableRow row, TableLayout layout, List<int> keyColumns, int? standardContext)
    {
        CriterionReference? best = null;
        string? loose = null;
        var names = new List<string>();
        foreach (var column in keyColumns)
        {
            var cell = row.CellAt(column);
            if (cell is null || cell.Text.Length == 0 || cell.IsMergedContinuation) continue;
            var role = layout.Roles[column];
            var reference = KeyReference(cell.Text, role, standardContext);
            if (reference is null)
            {
                if (role != ColumnRole.Number || !IsNumber(cell.Text)) loose ??= cell.Text;
                if (role == ColumnRole.Criterion && !IsNumber(cell.Text)) names.Add(cell.Text);
                continue;
            }
            if (role == ColumnRole.Standard && reference.IsStandardOnly && best is { IsStandardOnly: false }) continue;
            // A bare "1.1" in the criterion column keeps a name written in the standard column.
            if (best is null || (best.IsStandardOnly && !reference.IsStandardOnly)) best = reference;
        }
        // "Tiêu chí" | "Tên tiêu chí" as two columns: the number in one, the name in the other.
        if (best is { IsStandardOnly: false, Name: null } && names.Count > 0)
            best = best with { Name = TextJoin.Join(names[0].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()) };
        return (best, best is null ? loose : null, names);
    }

    /// <summary>A row that names only its standard, or none under a standard (its number cell unreadable on a scan,
    /// "b lạI)" where "3.1" was printed), but whose criterion column also holds the criterion's name: the name says which criterion of that
    /// standard it is, when the catalogue recognises it with confidence.</summary>
    private static CriterionReference? NamedWithin(int standard, List<string> names, TableRowState state)
    {
        foreach (var name in names)
            if (CriterionResolver.Infer(name, state.Level, state.Warnings, state.Table.Provenance, standard: standard) is { } inferred)
                return inferred;
        return null;
    }

    /// <summary>"Tiêu chí 2: …" in a table under a "Tiêu chuẩn 3" heading or row is criterion 3.2; a criterion
    /// column may hold a lettered code of one of several items of a criterion ("3.2.a").</summary>
    private static CriterionReference? KeyReference(string text, ColumnRole role, int? standardContext)
    {
        var bare = role is ColumnRole.Criterion or ColumnRole.Standard;
        return CriterionReferences.Parse(text, bare)
               ?? (standardContext is { } context ? CriterionReferences.ParseIndexOnly(text, context) : null)
               ?? LetteredCode(text);
    }

    /// <summary>"1.1.a", "3.2.b)": the a-th item of criterion 1.1, written where a row number would stand.</summary>
    private static CriterionReference? LetteredCode(string text)
    {
        var m = LetteredCodePattern().Match(text.Trim());
        return m.Success ? CriterionReferences.Parse(m.Groups[1].Value, bare: true) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,2}\.\d{1,2})\.?\s*[a-dđ]\s*[\.\)]?$")]
    private static partial System.Text.RegularExpressions.Regex LetteredCodePattern();

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

    public static string WithoutTrailingReference(string text)
    {
        var m = TrailingReference().Match(text);
        return m.Success && CriterionReferences.Parse(m.Groups[1].Value) is not null ? text[..m.Index].TrimEnd() : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*([^()]{2,30})\s*\)\s*\.?\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingReference();

    private static string? RowNumberOf(TableRow row, TableLayout layout)
    {
        var column = layout.ColumnOf(ColumnRole.Number);
        if (column < 0) return null;
        var text = row.CellAt(column)?.Text.Trim() ?? "";
        return IsNumber(text) ? text.TrimEnd('.') : null;
    }

    /// <summary>A row number: "3", "3.", "IV", or a hierarchical one under a numbered heading row ("2.1", "2.1.3").</summary>
    public static bool IsNumber(string text)
    {
        var t = text.Trim().TrimEnd('.');
        if (t.Length is > 0 and <= 4 && t.All(c => char.IsDigit(c) || c is 'I' or 'V' or 'X')) return true;
        var parts = t.Split('.');
        return parts.Length is 2 or 3 && parts.All(p => p.Length is 1 or 2 && p.All(char.IsDigit));
    }
}
